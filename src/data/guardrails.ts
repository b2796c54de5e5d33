import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { jurisdictions, type Jurisdiction } from '../schemas/guardrails';
import { calloutUsage } from '../lib/callout-usage';
import { getChapters } from './chapters';

export type GuardrailItem = CollectionEntry<'guardrails'>['data'];

export interface CalloutUse {
  chapterSlug: string;
  chapterNumber: number;
  sectionId: string;
  sectionTitle: string;
}

/** Every guardrail in file order, each with the sections of this locale's chapters that link to it. */
export async function getGuardrails(locale: Locale): Promise<{ rule: GuardrailItem; uses: CalloutUse[] }[]> {
  const rules = (await getCollection('guardrails')).map((e) => e.data);
  const uses = new Map<string, CalloutUse[]>();
  for (const chapter of await getChapters(locale)) {
    for (const [id, sectionIds] of calloutUsage(chapter.entry.body ?? '', 'guardrail')) {
      const list = uses.get(id) ?? [];
      for (const sectionId of sectionIds) {
        const section = chapter.entry.data.sections.find((s) => s.id === sectionId);
        list.push({
          chapterSlug: chapter.slug,
          chapterNumber: chapter.entry.data.chapter,
          sectionId,
          sectionTitle: section?.title ?? sectionId,
        });
      }
      uses.set(id, list);
    }
  }
  return rules.map((rule) => ({ rule, uses: uses.get(rule.id) ?? [] }));
}

/** Rules grouped by their first jurisdiction, in the fixed order China, US, EU, UK; empty groups left out. */
export function groupByJurisdiction<T extends { rule: GuardrailItem }>(items: T[]): { jurisdiction: Jurisdiction; items: T[] }[] {
  return jurisdictions
    .map((jurisdiction) => ({ jurisdiction, items: items.filter((i) => i.rule.jurisdictions[0] === jurisdiction) }))
    .filter((g) => g.items.length > 0);
}
