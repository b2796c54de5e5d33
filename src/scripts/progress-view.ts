import { $progress, $quizAnswers } from '../stores/progress';
import { quizScore, type QuizAnswers } from '../lib/quiz';
import { parseSectionList, progressLine, summarize, type Progress } from '../lib/progress';

function render(progress: Progress): void {
  // Counts: "4 of 9 sections read, 38 min left".
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-of]')) {
    const s = summarize(progress, parseSectionList(el.dataset.progressOf ?? ''));
    const line = progressLine(s, { template: el.dataset.template ?? '', done: el.dataset.templateDone, none: el.dataset.templateNone });
    if (el.textContent !== line) el.textContent = line;
    el.toggleAttribute('data-complete', s.read === s.total);
  }
  // Single sections: links in the sidebar, the role cards and the reading path.
  for (const el of document.querySelectorAll<HTMLElement>('[data-read-key]')) {
    el.toggleAttribute('data-read', (el.dataset.readKey ?? '') in progress.read);
  }
}

function renderScores(state: QuizAnswers): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-quiz-score]')) {
    const s = quizScore(state, (el.dataset.quizScore ?? '').split(' ').filter(Boolean));
    const template = s.answered === 0 ? el.dataset.templateNone : el.dataset.template;
    const line = (template ?? '').replace('{right}', String(s.right)).replace('{total}', String(s.total));
    if (el.textContent !== line) el.textContent = line;
  }
}

/** Shows the stored progress wherever the page asks for it, and keeps it current. */
export function initProgressView(): () => void {
  const stopScores = $quizAnswers.subscribe(renderScores);
  const stopProgress = $progress.subscribe(render);
  return () => {
    stopScores();
    stopProgress();
  };
}
