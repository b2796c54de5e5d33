/**
 * "Show the math" for the paid-traffic calculator: each step as a formula with the reader's numbers
 * substituted, from the values the solver returned. Labels are dictionary keys so the steps read in either
 * language; numbers use the reader's locale.
 */
import type { Currency } from '../../money';
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import type { AdsInput, AdsPlan } from './core';

export type AdsMathKey =
  | 'ads.math.breakEvenRoas'
  | 'ads.math.check'
  | 'ads.math.breakEvenAcos'
  | 'ads.math.netRoi'
  | 'ads.math.breakEvenGrossRoi'
  | 'ads.math.maxCpc'
  | 'ads.math.maxCpcAtTarget'
  | 'ads.math.budget'
  | 'ads.math.gmv'
  | 'ads.math.keptGmv'
  | 'ads.math.contribution'
  | 'ads.math.profit';

export type MathStep = Step<AdsMathKey>;

/** The steps from margin to break-even, bids, budget and the planned spend's profit. */
export function adsSteps(input: AdsInput, plan: AdsPlan, currency: Currency, locale: string): MathStep[] {
  const f = mathFormat(currency, locale);
  const m = f.rate(input.contributionMarginBeforeAds);
  const keep = `(1 − ${f.rate(input.refundRate)})`;
  const roas = f.number(input.targetRoas);
  const steps: MathStep[] = [];
  if (plan.breakEvenRoas !== null && plan.breakEvenAcos !== null) {
    steps.push({ key: 'ads.math.breakEvenRoas', expression: `1 ÷ ${m}`, result: f.number(plan.breakEvenRoas) });
    steps.push({ key: 'ads.math.check', expression: `${f.number(plan.breakEvenRoas)} × ${m}`, result: f.number(plan.breakEvenRoas * input.contributionMarginBeforeAds) });
    steps.push({ key: 'ads.math.breakEvenAcos', expression: m, result: f.rate(plan.breakEvenAcos) });
  }
  steps.push({ key: 'ads.math.netRoi', expression: `${roas} × ${keep}`, result: f.number(plan.netRoi) });
  if (plan.breakEvenRoas !== null && plan.breakEvenGrossRoi !== null) {
    steps.push({ key: 'ads.math.breakEvenGrossRoi', expression: `${f.number(plan.breakEvenRoas)} ÷ ${keep}`, result: f.number(plan.breakEvenGrossRoi) });
  }
  steps.push({
    key: 'ads.math.maxCpc',
    expression: `${f.rate(input.conversionRate)} × ${f.money(input.aov)} × ${keep} × ${m}`,
    result: f.money(plan.maxCpc),
  });
  steps.push({ key: 'ads.math.maxCpcAtTarget', expression: `${f.rate(input.conversionRate)} × ${f.money(input.aov)} ÷ ${roas}`, result: f.money(plan.maxCpcAtTarget) });
  steps.push({ key: 'ads.math.budget', expression: `${f.money(input.gmvGoal)} ÷ ${roas}`, result: f.money(plan.budgetForGoal) });
  const o = plan.atPlannedSpend;
  steps.push({ key: 'ads.math.gmv', expression: `${f.money(o.spend)} × ${roas}`, result: f.money(o.gmv) });
  steps.push({ key: 'ads.math.keptGmv', expression: `${f.money(o.gmv)} × ${keep}`, result: f.money(o.keptGmv) });
  steps.push({ key: 'ads.math.contribution', expression: `${f.money(o.keptGmv)} × ${m}`, result: f.money(o.contribution) });
  steps.push({ key: 'ads.math.profit', expression: `${f.money(o.contribution)} − ${f.money(o.spend)}`, result: f.money(o.profit) });
  return steps;
}
