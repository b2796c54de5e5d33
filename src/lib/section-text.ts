import { mdxToReadableText, readingMinutes } from './reading-time';

/**
 * Reading minutes of each `## Title {#id}` section of a chapter's MDX source, in order. Text before the
 * first section (the chapter's opening) counts towards the first section.
 * @example sectionMinutes('## A {#a}\nword\n## B {#b}\nword').map((s) => s.id) //=> ['a', 'b']
 */
export function sectionMinutes(source: string): { id: string; minutes: number }[] {
  const parts: { id: string; lines: string[] }[] = [];
  let opening: string[] = [];
  for (const line of source.replace(/^---\n[\s\S]*?\n---\n?/, '').split('\n')) {
    const heading = /^## .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) parts.push({ id: heading[1]!, lines: parts.length === 0 ? [...opening, line] : [line] });
    else if (parts.length === 0) opening.push(line);
    else parts[parts.length - 1]!.lines.push(line);
  }
  opening = [];
  return parts.map((p) => ({ id: p.id, minutes: readingMinutes(mdxToReadableText(p.lines.join('\n'))) }));
}
