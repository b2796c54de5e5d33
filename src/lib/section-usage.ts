/**
 * Which sections of a chapter use which keys, read from its MDX source: every match of `pattern` after a
 * `## Title {#id}` heading counts for that section. Glossary terms, guardrail and platform callouts use it.
 * @example sectionUsage('## Price {#pricing}\n<Term id="gmv">GMV</Term>', /<Term\s+id="([a-z0-9-]+)"/g)
 * //=> Map { 'gmv' => ['pricing'] }
 */
export function sectionUsage(source: string, pattern: RegExp): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  let section: string | undefined;
  for (const line of source.split('\n')) {
    const heading = /^## .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    if (!section) continue;
    for (const match of line.matchAll(pattern)) {
      // The key is the first group that matched (a pattern may offer alternatives).
      const key = match.slice(1).find((g) => g !== undefined);
      if (key === undefined) continue;
      const sections = usage.get(key) ?? [];
      if (!sections.includes(section)) sections.push(section);
      usage.set(key, sections);
    }
  }
  return usage;
}
