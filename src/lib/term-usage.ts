/**
 * Which sections of a chapter use which glossary terms, read from the MDX source: `<Term id="…">` in
 * prose and `term="…"` on metrics. The glossary links each entry back to these sections.
 */
export function termUsage(source: string): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  let section: string | undefined;
  for (const line of source.split('\n')) {
    const heading = /^## .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    if (!section) continue;
    for (const match of line.matchAll(/<Term\s+id="([a-z0-9-]+)"|<Metric\b[^>]*\bterm="([a-z0-9-]+)"/g)) {
      const id = (match[1] ?? match[2])!;
      const sections = usage.get(id) ?? [];
      if (!sections.includes(section)) sections.push(section);
      usage.set(id, sections);
    }
  }
  return usage;
}

/**
 * The id of the first use of a glossary term in a section: the target of the glossary's "used in" links.
 * @example termAnchorId('cvr', 'kpis') //=> 'use-cvr-in-kpis'
 */
export function termAnchorId(termId: string, sectionId: string): string {
  return `use-${termId}-in-${sectionId}`;
}
