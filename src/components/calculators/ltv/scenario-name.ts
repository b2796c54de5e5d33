import type { T } from '../../../i18n/translate';
import { keyFigures, ltvOf } from '../../../lib/calc/ltv';
import type { KeyFigure } from '../../../lib/calc/shared/key-figures';
import type { LtvState } from '../../../lib/calc/ltv/schema';
import { pricingFormat } from '../kit/format';
import { formatNumber, toMajor } from '../../../lib/money';

const missing: KeyFigure[] = [
  { id: 'ltv', kind: 'money', value: null, better: 'higher' },
  { id: 'cac', kind: 'money', value: null, better: 'lower' },
  { id: 'ratio', kind: 'ratio', value: null, better: 'higher' },
  { id: 'payback', kind: 'months', value: null, better: 'lower' },
];

/** The key figures of a saved customer value state; all missing if the form is refused. */
export function ltvFigures(s: LtvState): KeyFigure[] {
  const r = ltvOf(s.ltv);
  const figures = r.ok ? keyFigures(r) : null;
  return Array.isArray(figures) ? figures : missing;
}

/** A saved customer value's default name: its LTV (discounted when the form discounts) and CAC ("LTV ¥136 · CAC ¥75"). */
export function ltvScenarioName(s: LtvState, t: T, intl: string): string {
  const f = pricingFormat(intl, s.currency);
  const [ltv, cac] = ltvFigures(s).map((x) => x.value);
  // Whole units: a name is read at a glance, the figures beside it keep the cents.
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${f.moneyUnit}${formatNumber(Math.round(toMajor(v, s.currency)), intl, 0)}`);
  return t('ltv.scenarioName', { ltv: money(ltv), cac: money(cac) });
}
