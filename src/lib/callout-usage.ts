/**
 * Which sections of a chapter carry which reference callouts, read from the MDX source:
 * `<Guardrail id="…" />` (a legal guardrail) and `<PlatformRef topic="…" />` (a topic of the platform
 * reference). The guardrails page links each rule back to these sections, and tests check coverage.
 */
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
  const usage = new Map<string, string[]>();
  let section: string | undefined;
  for (const line of source.split('\n')) {
    const heading = /^## .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    if (!section) continue;
    for (const match of line.matchAll(patterns[kind])) {
      const key = match[1]!;
      const sections = usage.get(key) ?? [];
      if (!sections.includes(section)) sections.push(section);
      usage.set(key, sections);
    }
  }
  return usage;
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
