import { $quizAnswers } from '../stores/progress';
import { setVerdict, type Verdict } from '../lib/quiz';

/** Connects the end-of-chapter self-check to the kept answers: the reader's verdicts and "clear". */
export function initQuiz(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('[data-quiz-answer]')];
  if (radios.length === 0) return;
  $quizAnswers.subscribe((state) => {
    for (const radio of radios) radio.checked = state.answers[radio.dataset.quizAnswer ?? ''] === radio.value;
  });
  for (const radio of radios) {
    // Enabled only now, so that no answer is lost before this code runs.
    radio.disabled = false;
    radio.addEventListener('change', () => {
      if (radio.checked) $quizAnswers.set(setVerdict($quizAnswers.get(), radio.dataset.quizAnswer ?? '', radio.value as Verdict));
    });
  }
  const reset = document.querySelector<HTMLButtonElement>('[data-quiz-reset]');
  // Like the answers, "clear" works only once this code runs; enabled before, a click would do nothing.
  if (reset) reset.disabled = false;
  reset?.addEventListener('click', (e) => {
    let state = $quizAnswers.get();
    for (const key of ((e.currentTarget as HTMLElement).dataset.quizReset ?? '').split(' ')) state = setVerdict(state, key, undefined);
    $quizAnswers.set(state);
  });
}
