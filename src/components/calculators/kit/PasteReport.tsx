import type { ComponentChildren } from 'preact';
import type { PasteIssue } from '../../../lib/paste-table';

const SHOWN_ISSUES = 8;

interface Props {
  id: string;
  /** What was read from the pasted text; `null` while nothing is pasted. */
  paste: { read: number; header: boolean; issues: readonly PasteIssue[] } | null;
  /** "N of M rows read." and the note that the first row was taken as headings. */
  summary: string;
  headerNote: string;
  issueMessage: (issue: PasteIssue) => string;
  /** "… and N more problems." */
  more: (count: number) => string;
  /** Class of the issue list (each calculator styles its own). */
  issuesClass: string;
  /** Said once the pasted rows are in use. */
  loaded: string;
  /** The action that takes the rows (and any note about them), shown while something is pasted. */
  children?: ComponentChildren;
}

/** What a pasted table gave: rows read, the first problems line by line, and the button that uses the rows. */
export function PasteReport({ id, paste, summary, headerNote, issueMessage, more, issuesClass, loaded, children }: Props) {
  return (
    <div id={id} aria-live="polite" data-paste-report>
      {paste && (
        <>
          <p data-paste-summary>
            {summary}
            {paste.header ? ` ${headerNote}` : ''}
          </p>
          {paste.issues.length > 0 && (
            <ul class={issuesClass} data-paste-issues>
              {paste.issues.slice(0, SHOWN_ISSUES).map((issue, i) => <li key={i}>{issueMessage(issue)}</li>)}
              {paste.issues.length > SHOWN_ISSUES && <li>{more(paste.issues.length - SHOWN_ISSUES)}</li>}
            </ul>
          )}
          {children}
        </>
      )}
      {loaded && <p role="status" data-paste-loaded>{loaded}</p>}
    </div>
  );
}
