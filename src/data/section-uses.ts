import type { Locale } from '../i18n/locales';
import { getChapters } from './chapters';

/** A section of this locale's chapters that uses something: a glossary term, a guardrail callout. */
export interface SectionUse {
  chapterSlug: string;
  chapterNumber: number;
  sectionId: string;
  sectionTitle: string;
}

/** For each key that `usageOf` finds in a chapter's MDX (key → section ids), the sections that use it. */
export async function sectionUses(locale: Locale, usageOf: (source: string) => Map<string, string[]>): Promise<Map<string, SectionUse[]>> {
  const uses = new Map<string, SectionUse[]>();
  for (const chapter of await getChapters(locale)) {
    for (const [key, sectionIds] of usageOf(chapter.entry.body ?? '')) {
      const list = uses.get(key) ?? [];
      for (const sectionId of sectionIds) {
        const section = chapter.entry.data.sections.find((s) => s.id === sectionId);
        list.push({
          chapterSlug: chapter.slug,
          chapterNumber: chapter.entry.data.chapter,
          sectionId,
          sectionTitle: section?.title ?? sectionId,
        });
      }
      uses.set(key, list);
    }
  }
  return uses;
}
