import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { jurisdictions, type Jurisdiction } from '../schemas/guardrails';
import { calloutUsage } from '../lib/callout-usage';
import { sectionUses, type SectionUse } from './section-uses';

export type GuardrailItem = CollectionEntry<'guardrails'>['data'];

/** A section that links to a guardrail. */
export type CalloutUse = SectionUse;

/** Every guardrail in file order, each with the sections of this locale's chapters that link to it. */
export async function getGuardrails(locale: Locale): Promise<{ rule: GuardrailItem; uses: CalloutUse[] }[]> {
  const rules = (await getCollection('guardrails')).map((e) => e.data);
  const uses = await sectionUses(locale, (source) => calloutUsage(source, 'guardrail'));
  return rules.map((rule) => ({ rule, uses: uses.get(rule.id) ?? [] }));
}

/** Rules grouped by their first jurisdiction, in the fixed order China, US, EU, UK; empty groups left out. */
export function groupByJurisdiction<T extends { rule: GuardrailItem }>(items: T[]): { jurisdiction: Jurisdiction; items: T[] }[] {
  return jurisdictions
    .map((jurisdiction) => ({ jurisdiction, items: items.filter((i) => i.rule.jurisdictions[0] === jurisdiction) }))
    .filter((g) => g.items.length > 0);
}
