import { $lastLocale, $progress, $quizAnswers } from '../stores/progress';
import { quizScore, type QuizAnswers } from '../lib/quiz';
import { summarize, type Progress, type SectionInfo } from '../lib/progress';

/** `key:minutes key:minutes …` as written by the pages into `data-progress-of`. */
function parseSections(raw: string | undefined): SectionInfo[] {
  return (raw ?? '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return { key: pair.slice(0, at), minutes: Number(pair.slice(at + 1)) || 0 };
    });
}

function render(progress: Progress): void {
  // Counts: "4 of 9 sections read, 38 min left".
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-of]')) {
    const s = summarize(progress, parseSections(el.dataset.progressOf));
    const template = s.read === s.total ? el.dataset.templateDone : s.read === 0 && el.dataset.templateNone !== undefined ? el.dataset.templateNone : el.dataset.template;
    el.textContent = (template ?? '').replace('{read}', String(s.read)).replace('{total}', String(s.total)).replace('{minutes}', String(s.minutesLeft));
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
    el.textContent = (template ?? '').replace('{right}', String(s.right)).replace('{total}', String(s.total));
  }
}

/** Shows the stored progress wherever the page asks for it, and keeps it current. */
export function initProgressView(): () => void {
  const locale = document.documentElement.lang === 'zh-CN' ? 'zh-cn' : 'en';
  if ($lastLocale.get() !== locale) $lastLocale.set(locale);
  const stopScores = $quizAnswers.subscribe(renderScores);
  const stopProgress = $progress.subscribe(render);
  return () => {
    stopScores();
    stopProgress();
  };
}
