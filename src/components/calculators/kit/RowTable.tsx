import { cloneElement, Fragment, isValidElement, type ComponentChildren, type VNode } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** The reader's own add button under the table. */
interface AddButton {
  addLabel: string;
  /** `data-action` of the add button, for tests. */
  addAction: string;
  onAdd: () => void;
  /** No add button at this many rows. */
  max: number;
  /** Where the add button goes: inside the wrapper (under the rows) or after it. */
  addInside?: boolean;
}

/** Rows come from elsewhere (a date form, a paste): no add button. */
interface NoAddButton {
  addLabel?: undefined;
  addAction?: undefined;
  onAdd?: undefined;
  max?: undefined;
  addInside?: undefined;
}

type Props<R> = (AddButton | NoAddButton) & {
  rows: readonly R[];
  /** The header row, including a cell for the remove buttons' column. */
  head: ComponentChildren;
  /** The cells of one row, without the remove cell. */
  cells: (row: R, index: number) => ComponentChildren;
  /** A total row under the rows (`<tr>…</tr>`, its last cell under the remove buttons included). */
  foot?: ComponentChildren;
  /** Key of a row when rows are not kept by position (actuals by day); by default its index. */
  rowKey?: (row: R, index: number) => string | number;
  /** Attributes of a row's `<tr>` (`data-person`). */
  rowProps?: (row: R, index: number) => Record<string, string | number | boolean | undefined>;
  /** Shown instead of the table while there are no rows (a sentence); by default the empty table. */
  empty?: ComponentChildren;
  /** The remove button's text for a row, e.g. "Remove Tmall". */
  removeLabel: (index: number) => ComponentChildren;
  /** Rows that may not be removed (the first tier); by default any row while more than `min` remain. */
  canRemove?: (index: number) => boolean;
  /** `data-action` of the remove buttons, for tests. */
  removeAction?: string;
  onRemove: (index: number) => void;
  /** Rows that may not be removed below this count. */
  min?: number;
  /** Class of the scrolling wrapper; with `label`, it is a labelled region reached by keyboard. */
  wrapperClass?: string;
  label?: string;
  /** Reached by keyboard even without a label (a table wider than a phone). */
  focusable?: boolean;
  caption?: ComponentChildren;
  /** Many columns: drawn as cards below about 990 px rather than 560 px, so no column is ever squeezed. */
  wide?: boolean;
  /** Attributes of the table itself (`data-channel-table`). */
  tableProps?: Record<string, string | boolean>;
};

const FIELD = 'input, select, textarea';

type CellProps = { children?: ComponentChildren; colSpan?: number; 'data-label'?: string };

/** Children as a flat list, with fragments opened (a row's cells come as `<>…</>`). */
function flat(children: ComponentChildren): ComponentChildren[] {
  if (Array.isArray(children)) return children.flatMap(flat);
  if (isValidElement(children) && children.type === Fragment) return flat((children.props as CellProps).children);
  return [children];
}

/** The text a header cell shows, for the label its column's cells carry when rows are drawn as cards. */
function textOf(node: ComponentChildren): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement(node)) return textOf((node.props as CellProps).children);
  return '';
}

/** The column labels of the header row, one per column (a cell spanning two columns names both). */
function columnLabels(head: ComponentChildren): string[] {
  const row = flat(head).find((n): n is VNode<CellProps> => isValidElement(n) && n.type === 'tr');
  return flat(row?.props.children).filter(isValidElement).flatMap((cell) => {
    const props = (cell as VNode<CellProps>).props;
    return Array<string>(props.colSpan ?? 1).fill(textOf(props.children).trim());
  });
}

/**
 * The cells of a row with `data-label` set from their column's header: under about 560 px (a container
 * query in global.css) each row is drawn as a card and every cell shows that label before its value.
 */
function labelled(cells: ComponentChildren, labels: readonly string[]): ComponentChildren[] {
  let column = 0;
  return flat(cells).map((cell) => {
    if (!isValidElement(cell) || (cell.type !== 'td' && cell.type !== 'th')) return cell;
    const props = cell.props as CellProps;
    const label = labels[column];
    column += props.colSpan ?? 1;
    return label && props['data-label'] === undefined ? cloneElement(cell, { 'data-label': label }) : cell;
  });
}

/** Where focus goes once the rows have changed: into the added row, or to the removed row's neighbour. */
type Pending = { after: 'add' | 'remove'; index: number; count: number };

/**
 * A table of editable rows with a remove button on each and an add button under it: channels, bands, tiers,
 * KPIs, people, actuals. Every cell's field carries its own label (the caller's `cells`), every button names
 * its row. After the add button, focus moves to the new row's first field; after a remove, to the remove
 * button of the row that took its place (or the row above), else that row's first field, else the add
 * button, else the empty note, so a keyboard reader never falls back to the top of the page.
 */
export function RowTable<R>(p: Props<R>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const emptyNote = useRef<HTMLDivElement>(null);
  const pending = useRef<Pending | null>(null);
  const count = p.rows.length;
  const labels = columnLabels(p.head);

  useLayoutEffect(() => {
    const want = pending.current;
    if (!want || count === want.count) return;
    pending.current = null;
    const row = body.current?.rows[Math.min(want.index, count - 1)];
    const remove = want.after === 'remove' ? row?.querySelector<HTMLElement>('[data-row-remove]') : null;
    const target = remove ?? row?.querySelector<HTMLElement>(FIELD) ?? addButton.current ?? emptyNote.current;
    target?.focus();
  });

  const add = p.onAdd && count < p.max && (
    <button type="button" ref={addButton} data-action={p.addAction} onClick={() => {
      pending.current = { after: 'add', index: count, count };
      p.onAdd!();
    }}>{p.addLabel}</button>
  );
  const remove = (i: number) => {
    pending.current = { after: 'remove', index: i, count };
    p.onRemove(i);
  };
  if (count === 0 && p.empty !== undefined) {
    return (
      <>
        <div tabIndex={-1} ref={emptyNote}>{p.empty}</div>
        {add}
      </>
    );
  }
  return (
    <>
      <div class={`${p.wrapperClass ?? 'table-scroll'} row-table${p.wide ? ' row-table--wide' : ''}`} tabIndex={p.label || p.focusable ? 0 : undefined} role={p.label ? 'region' : undefined} aria-label={p.label}>
        <table {...p.tableProps}>
          {p.caption && <caption>{p.caption}</caption>}
          <thead>{p.head}</thead>
          <tbody ref={body}>
            {p.rows.map((row, i) => (
              <tr key={p.rowKey ? p.rowKey(row, i) : i} {...p.rowProps?.(row, i)}>
                {labelled(p.cells(row, i), labels)}
                <td class="row-table-remove">
                  {count > (p.min ?? 0) && (p.canRemove?.(i) ?? true) && (
                    <button type="button" data-row-remove data-action={p.removeAction} onClick={() => remove(i)}>{p.removeLabel(i)}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          {p.foot && <tfoot>{flat(p.foot).map((tr) => isValidElement(tr) && tr.type === 'tr'
            ? cloneElement(tr, {}, labelled((tr.props as CellProps).children, labels)) : tr)}</tfoot>}
        </table>
        {p.addInside && add}
      </div>
      {!p.addInside && add}
    </>
  );
}
