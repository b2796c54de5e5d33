import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { parseEntryId } from '../lib/paths';
import { mdxToReadableText, readingMinutes } from '../lib/reading-time';
import { sectionMinutes } from '../lib/section-text';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Chapter {
  entry: ChapterEntry;
  locale: Locale;
  /** `NN-slug`, the same in both locales. */
  slug: string;
  readingMinutes: number;
  /** Reading minutes per section id, for progress ("38 min left"). */
  sectionMinutes: Record<string, number>;
}

/** The chapters of one locale, in chapter order, with computed reading time. */
export async function getChapters(locale: Locale): Promise<Chapter[]> {
  const entries = await getCollection('chapters', (e) => parseEntryId(e.id).locale === locale);
  return entries
    .map((entry) => ({
      entry,
      locale,
      slug: parseEntryId(entry.id).slug,
      readingMinutes: readingMinutes(mdxToReadableText(entry.body ?? '')),
      sectionMinutes: Object.fromEntries(sectionMinutes(entry.body ?? '').map((s) => [s.id, s.minutes])),
    }))
    .sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}
