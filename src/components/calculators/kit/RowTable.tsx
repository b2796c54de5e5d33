import type { ComponentChildren } from 'preact';

interface Props<R> {
  rows: readonly R[];
  /** The header row, including a cell for the remove buttons' column. */
  head: ComponentChildren;
  /** The cells of one row, without the remove cell. */
  cells: (row: R, index: number) => ComponentChildren;
  /** The remove button's text for a row, e.g. "Remove Tmall". */
  removeLabel: (index: number) => ComponentChildren;
  /** Rows that may not be removed (the first tier); by default any row while more than `min` remain. */
  canRemove?: (index: number) => boolean;
  /** `data-action` of the remove buttons, for tests. */
  removeAction?: string;
  onRemove: (index: number) => void;
  /** Rows that may not be removed below this count. */
  min?: number;
  addLabel: string;
  /** `data-action` of the add button, for tests. */
  addAction: string;
  onAdd: () => void;
  /** No add button at this many rows. */
  max: number;
  /** Class of the scrolling wrapper; with `label`, it is a labelled region reached by keyboard. */
  wrapperClass?: string;
  label?: string;
  /** Reached by keyboard even without a label (a table wider than a phone). */
  focusable?: boolean;
  caption?: ComponentChildren;
  /** Attributes of the table itself (`data-channel-table`). */
  tableProps?: Record<string, string | boolean>;
  /** Where the add button goes: inside the wrapper (under the rows) or after it. */
  addInside?: boolean;
}

/** A table of editable rows with a remove button on each and an add button under it: channels, bands, tiers. */
export function RowTable<R>(p: Props<R>) {
  const add = p.rows.length < p.max && (
    <button type="button" data-action={p.addAction} onClick={p.onAdd}>{p.addLabel}</button>
  );
  return (
    <>
      <div class={p.wrapperClass ?? 'table-scroll'} tabIndex={p.label || p.focusable ? 0 : undefined} role={p.label ? 'region' : undefined} aria-label={p.label}>
        <table {...p.tableProps}>
          {p.caption && <caption>{p.caption}</caption>}
          <thead>{p.head}</thead>
          <tbody>
            {p.rows.map((row, i) => (
              <tr key={i}>
                {p.cells(row, i)}
                <td>
                  {p.rows.length > (p.min ?? 0) && (p.canRemove?.(i) ?? true) && (
                    <button type="button" data-action={p.removeAction} onClick={() => p.onRemove(i)}>{p.removeLabel(i)}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.addInside && add}
      </div>
      {!p.addInside && add}
    </>
  );
}
