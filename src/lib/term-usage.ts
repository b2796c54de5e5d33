import { sectionUsage } from './section-usage';

/**
 * Which sections of a chapter use which glossary terms, read from the MDX source: `<Term id="…">` in
 * prose and `term="…"` on metrics. The glossary links each entry back to these sections.
 */
export function termUsage(source: string): Map<string, string[]> {
  return sectionUsage(source, /<Term\s+id="([a-z0-9-]+)"|<Metric\b[^>]*\bterm="([a-z0-9-]+)"/g);
}

/**
 * The id of the first use of a glossary term in a section: the target of the glossary's "used in" links.
 * @example termAnchorId('cvr', 'kpis') //=> 'use-cvr-in-kpis'
 */
export function termAnchorId(termId: string, sectionId: string): string {
  return `use-${termId}-in-${sectionId}`;
}
