import type { PasteIssue } from '../../../lib/paste-table';

/** Most problems listed one by one; the rest are counted. */
const SHOWN_ISSUES = 8;

interface Props {
  /** The id the paste box's `aria-describedby` names. */
  id: string;
  /** What `parsePastedTable` read: rows kept, rows read, whether a header was skipped, the problems; `null` before a paste. */
  table: { rows: readonly unknown[]; read: number; header: boolean; issues: readonly PasteIssue[] } | null;
  /** "2 of 5 rows are valid." */
  summary: (valid: number, read: number) => string;
  /** "The first row was read as column headings." */
  header: string;
  /** One problem in words, with its row and column. */
  issueMessage: (issue: PasteIssue) => string;
  /** "…and 3 more problems." */
  more: (count: number) => string;
  /** The button that takes the valid rows: its text, and what it does. */
  useLabel: (count: number) => string;
  onUse: () => void;
  /** Said once the rows are taken ("2 rows loaded."). */
  loaded: string;
}

/**
 * What a table pasted from a spreadsheet gave: how many rows are valid, each bad row's problem, and a button
 * that takes the valid ones. Announced politely as the reader pastes or types. Every paste box uses it.
 */
export function PasteReport({ id, table, summary, header, issueMessage, more, useLabel, onUse, loaded }: Props) {
  return (
    <div id={id} aria-live="polite" data-paste-report>
      {table && (
        <>
          <p data-paste-summary>
            {summary(table.rows.length, table.read)}
            {table.header ? ` ${header}` : ''}
          </p>
          {table.issues.length > 0 && (
            <ul class="kpi-issues" data-paste-issues>
              {table.issues.slice(0, SHOWN_ISSUES).map((issue, i) => <li key={i}>{issueMessage(issue)}</li>)}
              {table.issues.length > SHOWN_ISSUES && <li>{more(table.issues.length - SHOWN_ISSUES)}</li>}
            </ul>
          )}
          {table.rows.length > 0 && (
            <button type="button" class="button-primary" data-action="use-pasted" onClick={onUse}>
              {useLabel(table.rows.length)}
            </button>
          )}
        </>
      )}
      {loaded && <p role="status" data-paste-loaded>{loaded}</p>}
    </div>
  );
}
