/**
 * Which sections of a chapter carry which reference callouts, read from the MDX source:
 * `<Guardrail id="…" />` (a legal guardrail) and `<PlatformRef topic="…" />` (a topic of the platform
 * reference). The guardrails page links each rule back to these sections, and tests check coverage.
 */
import { sectionUsage } from './section-usage';

export type CalloutKind = 'guardrail' | 'platform';

const patterns: Record<CalloutKind, RegExp> = {
  guardrail: /<Guardrail\s+id="([^"]*)"/g,
  platform: /<PlatformRef\s+topic="([^"]*)"/g,
};

/**
 * Map from callout key (guardrail id or platform topic) to the section ids that use it, in order of first use.
 * @example calloutUsage('## Price {#pricing}\n<Guardrail id="price-marking" />', 'guardrail')
 * //=> Map { 'price-marking' => ['pricing'] }
 */
export function calloutUsage(source: string, kind: CalloutKind): Map<string, string[]> {
  return sectionUsage(source, patterns[kind]);
}

/**
 * Callout keys used in `source` that are not in `known`, each once, in order of appearance; also catches
 * callouts placed before the first section heading.
 * @example unknownCallouts('<Guardrail id="nope" />', 'guardrail', new Set(['price-marking'])) //=> ['nope']
 */
export function unknownCallouts(source: string, kind: CalloutKind, known: ReadonlySet<string>): string[] {
  const unknown: string[] = [];
  for (const match of source.matchAll(patterns[kind])) {
    const key = match[1]!;
    if (!known.has(key) && !unknown.includes(key)) unknown.push(key);
  }
  return unknown;
}
