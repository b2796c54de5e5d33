import type { T } from '../../../i18n/translate';
import { calcKey } from '../../../i18n/translate';

export interface Step {
  key: string;
  detail?: string;
  /** The formula; empty for a step that is a choice rather than a sum (a price ending): only the result shows. */
  expression: string;
  result: string;
}

/** The calculation written out step by step, with the reader's numbers. */
export function MathSteps({ steps, t }: { steps: Step[]; t: T }) {
  return (
    <details class="calc-math" data-math>
      <summary>{t('calc.math')}</summary>
      <ol>
        {steps.map((s, i) => (
          <li key={i}>
            <span class="math-label">
              {t(calcKey(s.key))}
              {s.detail ? ` (${s.detail})` : ''}
            </span>
            <code>
              {s.expression ? <>{s.expression} = </> : null}<strong>{s.result}</strong>
            </code>
          </li>
        ))}
      </ol>
    </details>
  );
}
