/**
 * Tells a screen reader the new key result once a reader stops editing: one polite, one-line summary (the
 * key figures of the result panel, `[data-result-panel] .calc-figures`, and its first warning) about 700 ms
 * after the last keystroke, instead of a live panel that reads everything on every keystroke. Every
 * calculator gets it: src/scripts/hydrate-islands.ts attaches it to each calculator it wakes.
 */

/** How long the reader must pause before the result is read out. */
export const ANNOUNCE_DELAY_MS = 700;
/** Figures read out at most: the summary stays one line. */
const MAX_FIGURES = 4;

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The one line read out for a calculator's result panel, or '' when it has none. */
export function resultSummary(embed: ParentNode): string {
  const panel = embed.querySelector('[data-result-panel]');
  if (!panel) return '';
  const figures = [...panel.querySelectorAll('.calc-figures > div')]
    .slice(0, MAX_FIGURES)
    .map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
  const warning = text(panel.querySelector('.calc-warning'));
  return [...figures, warning].filter(Boolean).join('; ');
}

/**
 * Adds the visually hidden status line to a calculator (once) and feeds it after each pause in editing,
 * only when the summary has changed since it was last read (or since the calculator woke).
 */
export function announceResults(embed: HTMLElement, delay = ANNOUNCE_DELAY_MS): void {
  if (embed.querySelector('[data-result-status]')) return;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset.resultStatus = '';
  embed.prepend(status);
  let last = resultSummary(embed);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const edited = (event: Event) => {
    if (event.type === 'click' && !(event.target instanceof Element && event.target.closest('button'))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const summary = resultSummary(embed);
      if (!summary || summary === last) return;
      last = summary;
      status.textContent = summary;
    }, delay);
  };
  for (const type of ['input', 'change', 'click']) embed.addEventListener(type, edited);
}
