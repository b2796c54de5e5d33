export interface SectionRef {
  id: string;
  title: string;
}
export interface HeadingRef {
  depth: number;
  slug: string;
  text: string;
}

/** Smart punctuation turns ' into ’ in rendered headings; titles are compared without that difference. */
function plain(text: string): string {
  return text.trim().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...').replace(/—/g, '---').replace(/–/g, '--');
}

/**
 * Problems between a chapter's declared sections and the `h2` headings of its body, as readable messages.
 * An empty list means they agree in id, title and order.
 * @example sectionProblems([{ id: 'a', title: 'A' }], [{ depth: 2, slug: 'a', text: 'A' }]) //=> []
 */
export function sectionProblems(sections: SectionRef[], headings: HeadingRef[]): string[] {
  const h2 = headings.filter((h) => h.depth === 2);
  const problems: string[] = [];
  const count = Math.max(sections.length, h2.length);
  for (let i = 0; i < count; i++) {
    const declared = sections[i];
    const found = h2[i];
    if (!declared) {
      problems.push(`heading "${found!.text}" (#${found!.slug}) is not listed in frontmatter sections`);
    } else if (!found) {
      problems.push(`sections[${i}] "${declared.id}" has no "## ${declared.title} {#${declared.id}}" heading`);
    } else if (declared.id !== found.slug || plain(declared.title) !== plain(found.text)) {
      problems.push(
        `sections[${i}] is "${declared.title}" {#${declared.id}} but heading ${i + 1} is "${found.text}" {#${found.slug}}`,
      );
    }
  }
  return problems;
}
