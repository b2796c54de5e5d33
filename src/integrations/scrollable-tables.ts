/**
 * A Sätteri HAST plugin: wraps every Markdown table in a focusable, labelled scroll region, so a wide table
 * scrolls on a 360 px phone instead of widening the page, and keyboard users can scroll it too.
 */
interface HastElementLike {
  type: string;
  tagName?: string;
  children?: HastElementLike[];
  value?: string;
}
interface WrapContext {
  wrapNode(node: unknown, parent: unknown): void;
  textContent(node: unknown): string;
}

function headerText(table: HastElementLike, ctx: WrapContext): string {
  const firstRow = (node: HastElementLike): HastElementLike | undefined => {
    if (node.tagName === 'tr') return node;
    for (const child of node.children ?? []) {
      const row = firstRow(child);
      if (row) return row;
    }
    return undefined;
  };
  const row = firstRow(table);
  const text = row ? ctx.textContent(row).replace(/\s+/g, ' ').trim() : '';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text || 'Table';
}

export function scrollableTables() {
  return () => {
    // Region names must be unique on a page: number repeats. The handbook puts every chapter on one page,
    // so each name also carries its section's title (tables are visited in document order).
    const seen = new Map<string, number>();
    const unique = (label: string) => {
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return n === 1 ? label : `${label} (${n})`;
    };
    const sectionOfTable: string[] = [];
    let visited = 0;
    return {
    name: 'scrollable-tables',
    before(root: HastElementLike, ctx: WrapContext) {
      let section = '';
      const walk = (node: HastElementLike) => {
        if (node.tagName === 'h2') section = ctx.textContent(node).replace(/\s+/g, ' ').trim();
        if (node.tagName === 'table') sectionOfTable.push(section);
        else for (const child of node.children ?? []) walk(child);
      };
      walk(root);
    },
    element: {
      filter: ['table'],
      visit(node: HastElementLike, ctx: WrapContext) {
        const section = sectionOfTable[visited++];
        const label = section ? `${headerText(node, ctx)} · ${section}` : headerText(node, ctx);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: unique(label) },
          children: [],
        });
      },
    },
    };
  };
}
