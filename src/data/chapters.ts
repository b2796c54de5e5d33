import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { parseEntryId } from '../lib/paths';
import { mdxToReadableText, readingMinutes } from '../lib/reading-time';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Chapter {
  entry: ChapterEntry;
  locale: Locale;
  /** `NN-slug`, the same in both locales. */
  slug: string;
  readingMinutes: number;
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
    }))
    .sort((a, b) => a.entry.data.chapter - b.entry.data.chapter);
}
