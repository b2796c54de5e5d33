/**
 * Reads a chapter's MDX source section by section: its parts and its readable length. Used by the tests
 * that keep both locales complete and every section deep enough to act on.
 */
import { countText, mdxToReadableText } from './reading-time';

export interface SectionSource {
  id: string;
  title: string;
  source: string;
}

/** Splits MDX source at `## Title {#id}` headings. Text before the first heading is dropped. */
export function splitSections(source: string): SectionSource[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n?/, '');
  const sections: SectionSource[] = [];
  let current: SectionSource | undefined;
  for (const line of body.split('\n')) {
    const heading = /^## (.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) {
      current = { id: heading[2]!, title: heading[1]!, source: '' };
      sections.push(current);
    } else if (current) {
      current.source += `${line}\n`;
    }
  }
  return sections;
}

export const requiredParts = ['Steps', 'Checklist', 'Metrics', 'Example', 'Pitfalls'] as const;

/** Which of the required parts a section's source contains (`<PricingExample />` counts as an Example). */
export function partsOf(source: string): Set<(typeof requiredParts)[number]> {
  const found = new Set<(typeof requiredParts)[number]>();
  for (const part of requiredParts) {
    if (new RegExp(`<${part}[\\s>/]`).test(source)) found.add(part);
  }
  if (/<PricingExample\s*\/>/.test(source)) found.add('Example');
  return found;
}

/** Readable size of a section: CJK characters plus Latin words, and Latin words alone. */
export function sectionSize(source: string): { cjk: number; words: number } {
  return countText(mdxToReadableText(source));
}
