/**
 * A Sätteri HAST plugin for chapters: puts `<SectionEnd section="id" />` at the end of every `## … {#id}`
 * section (before the next section's heading, and at the end of the chapter). The component carries the
 * "mark as read" control and the role-path links, so chapter authors write none of it.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
interface Context {
  insertBefore(node: unknown, inserted: unknown): void;
  appendChild(node: unknown, child: unknown): void;
}

const sectionEnd = (id: string) => ({
  type: 'mdxJsxFlowElement',
  name: 'SectionEnd',
  attributes: [{ type: 'mdxJsxAttribute', name: 'section', value: id }],
  children: [],
});

export function sectionEnds() {
  return () => ({
    name: 'section-ends',
    before(root: Node, ctx: Context) {
      const headings = (root.children ?? []).filter(
        (n) => n.type === 'element' && n.tagName === 'h2' && typeof n.properties?.id === 'string',
      );
      headings.forEach((h2, i) => {
        const previous = headings[i - 1];
        if (previous) ctx.insertBefore(h2, sectionEnd(previous.properties!.id as string));
      });
      const last = headings[headings.length - 1];
      if (last) ctx.appendChild(root, sectionEnd(last.properties!.id as string));
    },
  });
}
