/**
 * "Show the math" for the customer value calculator: the monthly model written out with the reader's numbers,
 * from the values the module returned. Labels are dictionary keys, so the steps read in either language.
 */
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import type { Currency } from '../../money';
import type { LtvResult } from './core';
import type { LtvForm } from './schema';

export type LtvMathKey =
  | 'ltv.math.perMonth'
  | 'ltv.math.fullMonth'
  | 'ltv.math.monthlyRate'
  | 'ltv.math.survival'
  | 'ltv.math.cohort'
  | 'ltv.math.month'
  | 'ltv.math.ltv'
  | 'ltv.math.discount'
  | 'ltv.math.discountedLtv'
  | 'ltv.math.cac'
  | 'ltv.math.ratio'
  | 'ltv.math.payback';

export type MathStep = Step<LtvMathKey>;

/**
 * The steps: orders per month, a month's margin at full retention, the survival curve, the first, second and
 * last month, LTV (and discounted LTV), CAC, LTV:CAC and the payback month. `monthWord` writes "month 3".
 */
export function ltvSteps(form: LtvForm, r: LtvResult, currency: Currency, locale: string, monthWord: (month: number) => string): MathStep[] {
  const f = mathFormat(currency, locale);
  const perMonth = form.ordersPerYear / 12;
  const steps: MathStep[] = [
    { key: 'ltv.math.perMonth', expression: `${f.count(form.ordersPerYear)} ÷ 12`, result: f.number(perMonth) },
    { key: 'ltv.math.fullMonth', expression: `${f.money(form.marginPerOrder)} × ${f.number(perMonth)}`, result: f.moneyExact((form.marginPerOrder * form.ordersPerYear) / 12) },
  ];
  if (form.source === 'cohort') {
    steps.push({ key: 'ltv.math.cohort', detail: String(form.cohort.length), expression: '', result: monthWord(r.countedMonths) });
  } else {
    const monthly = form.ratePeriod === 'year' ? form.retentionRate ** (1 / 12) : form.retentionRate;
    if (form.ratePeriod === 'year') steps.push({ key: 'ltv.math.monthlyRate', expression: `${f.rate(form.retentionRate)}^(1/12)`, result: f.rate(monthly) });
    const last = r.months[r.months.length - 1];
    if (last) steps.push({ key: 'ltv.math.survival', detail: monthWord(last.month), expression: `${f.rate(monthly)}^(${last.month} − 1)`, result: f.rate(last.survival) });
  }
  const shown = r.months.length <= 3 ? r.months : [r.months[0]!, r.months[1]!, r.months[r.months.length - 1]!];
  for (const m of shown) {
    steps.push({ key: 'ltv.math.month', detail: monthWord(m.month), expression: `${f.moneyExact((form.marginPerOrder * form.ordersPerYear) / 12)} × ${f.rate(m.survival)}`, result: f.money(m.margin) });
  }
  steps.push({ key: 'ltv.math.ltv', expression: r.months.length > 0 ? `${monthWord(1)} … ${monthWord(r.countedMonths)}` : '0', result: f.money(r.ltv) });
  if (r.discounted) {
    const last = r.months[r.months.length - 1];
    if (last) steps.push({ key: 'ltv.math.discount', detail: monthWord(last.month), expression: `(1 + ${f.rate(form.discountRate)})^−(${last.month} − 1)/12`, result: f.number((1 + form.discountRate) ** (-(last.month - 1) / 12)) });
    steps.push({ key: 'ltv.math.discountedLtv', expression: `Σ M(m) × (1 + ${f.rate(form.discountRate)})^−(m − 1)/12`, result: f.money(r.discountedLtv) });
  }
  steps.push({ key: 'ltv.math.cac', expression: `${f.money(form.acquisitionSpend)} ÷ ${f.count(form.newCustomers)}`, result: r.cac === null ? '—' : f.money(r.cac) });
  const compared = r.discounted ? r.discountedLtv : r.ltv;
  steps.push({ key: 'ltv.math.ratio', expression: r.cac === null ? '' : `${f.money(compared)} ÷ ${f.money(r.cac)}`, result: r.ratio === null ? '—' : f.count(r.ratio) });
  if (r.cac !== null) {
    const at = r.paybackMonth === null ? null : r.months[r.paybackMonth - 1]!;
    const value = at === null ? null : r.discounted ? at.discountedCumulative : at.cumulative;
    steps.push({
      key: 'ltv.math.payback',
      expression: at === null || value === null ? '' : `${f.money(value)} ≥ ${f.money(r.cac)}`,
      result: at === null ? '—' : monthWord(at.month),
    });
  }
  return steps;
}
