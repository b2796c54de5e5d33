import * as z from 'zod/mini';
import { parseJson } from './codec';

/**
 * Reading progress kept in the reader's browser. Sections are keyed `chapter-slug#section-id`, the same in
 * both languages, so progress follows a reader who switches language. The stored value carries a version:
 * data of another version or of the wrong shape is dropped rather than trusted.
 */
export const PROGRESS_VERSION = 1;

/** `03-core-strategies#pricing-and-promotion` */
const sectionKey = z.string().check(z.regex(/^\d\d-[a-z0-9-]+#[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));
/** Milliseconds since 1970, as `Date.now()` gives them. */
const time = z.number().check(z.int(), z.gte(0), z.lte(8.64e15));

export const progressSchema = z.object({
  v: z.literal(PROGRESS_VERSION),
  /** When each read section was marked read. */
  read: z.record(sectionKey, time),
  /** The section the reader was last in, for "continue where you stopped". */
  last: z.optional(z.object({ key: sectionKey, locale: z.enum(['en', 'zh-cn']), at: time })),
});
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress: Progress = { v: PROGRESS_VERSION, read: {} };

/** More sections than the playbook will ever have: a bound on what a tampered value can make us hold. */
const MAX_SECTIONS = 500;

/**
 * Reads stored progress. Anything unreadable — not JSON, another version, a wrong shape, absurd sizes —
 * gives empty progress, so reading never breaks on bad storage.
 * @example decodeProgress('{"v":1,"read":{"01-introduction#why":5}}').read //=> { '01-introduction#why': 5 }
 * @example decodeProgress('{"v":0,"sections":["x"]}') //=> { v: 1, read: {} }
 */
export function decodeProgress(raw: unknown): Progress {
  const result = progressSchema.safeParse(parseJson(raw));
  if (!result.success || Object.keys(result.data.read).length > MAX_SECTIONS) return emptyProgress;
  return result.data;
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function sectionKeyOf(chapterSlug: string, sectionId: string): string {
  return `${chapterSlug}#${sectionId}`;
}

/** The progress with a section marked read at `now` (unchanged if it already was). */
export function markRead(progress: Progress, key: string, now: number): Progress {
  if (!sectionKey.safeParse(key).success || key in progress.read) return progress;
  return { ...progress, read: { ...progress.read, [key]: Math.max(0, Math.trunc(now)) } };
}

/** The progress with a section no longer marked read. */
export function markUnread(progress: Progress, key: string): Progress {
  if (!(key in progress.read)) return progress;
  const read = { ...progress.read };
  delete read[key];
  return { ...progress, read };
}

/** The progress remembering where the reader is. */
export function rememberPlace(progress: Progress, key: string, locale: 'en' | 'zh-cn', now: number): Progress {
  if (!sectionKey.safeParse(key).success) return progress;
  return { ...progress, last: { key, locale, at: Math.max(0, Math.trunc(now)) } };
}

export interface SectionInfo {
  key: string;
  minutes: number;
}

export interface ProgressSummary {
  read: number;
  total: number;
  minutesLeft: number;
}

/**
 * How much of a list of sections is read, and the reading time of the rest.
 * @example summarize({ v: 1, read: { 'a#b': 1 } }, [{ key: 'a#b', minutes: 3 }, { key: 'a#c', minutes: 4 }]) //=> { read: 1, total: 2, minutesLeft: 4 }
 */
export function summarize(progress: Progress, sections: readonly SectionInfo[]): ProgressSummary {
  let read = 0;
  let minutesLeft = 0;
  for (const s of sections) {
    if (s.key in progress.read) read++;
    else minutesLeft += Math.max(0, s.minutes);
  }
  return { read, total: sections.length, minutesLeft };
}

/**
 * Sections as pages write them into `data-progress-of`: `key:minutes` pairs separated by spaces.
 * @example parseSectionList('a#b:3 a#c:x') //=> [{ key: 'a#b', minutes: 3 }, { key: 'a#c', minutes: 0 }]
 */
export function parseSectionList(raw: string): SectionInfo[] {
  return raw
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return { key: pair.slice(0, at), minutes: Number(pair.slice(at + 1)) || 0 };
    });
}

/** The sentences a progress line chooses between; `{read}`, `{total}` and `{minutes}` are filled in. */
export interface ProgressTemplates {
  template: string;
  /** When every section is read. */
  done?: string | undefined;
  /** When none is read; without it, `template` reads "0 of N". */
  none?: string | undefined;
}

/**
 * The progress line shown for a list of sections. Pages print it for empty progress when they are built, so
 * the stored progress, when it loads, changes the words only for a reader who has some (no layout shift).
 * @example progressLine({ read: 1, total: 3, minutesLeft: 7 }, { template: '{read} of {total}, {minutes} min left' }) //=> '1 of 3, 7 min left'
 * @example progressLine({ read: 0, total: 3, minutesLeft: 9 }, { template: '{read}/{total}', none: '' }) //=> ''
 */
export function progressLine(s: ProgressSummary, t: ProgressTemplates): string {
  const template = s.read === s.total ? (t.done ?? t.template) : s.read === 0 && t.none !== undefined ? t.none : t.template;
  return template.replace('{read}', String(s.read)).replace('{total}', String(s.total)).replace('{minutes}', String(s.minutesLeft));
}

/**
 * Where to continue: the first unread section after the last place, in reading order; else the first
 * unread section at all; undefined when everything is read.
 */
export function continueAt(progress: Progress, order: readonly string[]): string | undefined {
  const unread = (k: string) => !(k in progress.read);
  const last = progress.last?.key;
  const from = last ? order.indexOf(last) : -1;
  if (last && from >= 0 && unread(last)) return last;
  return order.slice(from + 1).find(unread) ?? order.find(unread);
}
