/**
 * A Sätteri HAST plugin for chapters: gives the first `<Term>` or `<Metric term>` of each glossary term in
 * each section an `anchor` prop (`termAnchorId`), so the glossary's "used in" links land on the sentence
 * that uses the term rather than on the section heading. `termUsage` lists the same pairs from the source.
 */
import { termAnchorId } from '../lib/term-usage';

interface Attribute { type: string; name?: string; value?: unknown }
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Attribute[];
  children?: Node[];
}
interface Context { replaceNode(node: unknown, replacement: unknown): void }

const stringAttribute = (node: Node, name: string): string | undefined => {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

export function termAnchors() {
  return () => ({
    name: 'term-anchors',
    before(root: Node, ctx: Context) {
      let section: string | undefined;
      const anchored = new Set<string>();
      const walk = (node: Node) => {
        if (node.type === 'element' && node.tagName === 'h2' && typeof node.properties?.id === 'string') {
          section = node.properties.id;
        }
        const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
        const termId = isJsx ? (node.name === 'Term' ? stringAttribute(node, 'id') : node.name === 'Metric' ? stringAttribute(node, 'term') : undefined) : undefined;
        if (termId && section && !stringAttribute(node, 'anchor')) {
          const anchor = termAnchorId(termId, section);
          if (!anchored.has(anchor)) {
            anchored.add(anchor);
            ctx.replaceNode(node, { ...node, attributes: [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'anchor', value: anchor }] });
          }
        }
        for (const child of node.children ?? []) walk(child);
      };
      walk(root);
    },
  });
}
