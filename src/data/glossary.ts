import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { sectionUses, type SectionUse } from './section-uses';
import { termUsage } from '../lib/term-usage';

export type GlossaryItem = CollectionEntry<'glossary'>['data'];

/** A section that uses a glossary term. */
export type TermUse = SectionUse;

/** Glossary entries sorted for a locale, each with the sections that use it. */
export async function getGlossary(locale: Locale): Promise<{ entry: GlossaryItem; uses: TermUse[] }[]> {
  const entries = (await getCollection('glossary')).map((e) => e.data);
  const uses = await sectionUses(locale, termUsage);
  const key = locale === 'zh-cn' ? 'zh' : 'en';
  const collator = new Intl.Collator(locale === 'zh-cn' ? 'zh-CN-u-co-pinyin' : 'en', { sensitivity: 'base' });
  return entries
    .map((entry) => ({ entry, uses: uses.get(entry.id) ?? [] }))
    .sort((a, b) => collator.compare(a.entry[key].term, b.entry[key].term));
}
