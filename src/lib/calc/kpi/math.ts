/**
 * "Show the math" for the KPI calculator: the funnel and the pacing written out with the reader's numbers.
 * Labels are dictionary keys so the same steps read in either language; numbers use the reader's locale.
 */
import { type Currency } from '../../money';
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import type { FunnelInput, FunnelSolution, PacingResult } from './core';
import { ordersToPlace } from './funnel';

export type KpiMathKey =
  | 'kpi.math.keep'
  | 'kpi.math.paid'
  | 'kpi.math.net'
  | 'kpi.math.visitors'
  | 'kpi.math.gmv'
  | 'kpi.math.uv'
  | 'kpi.math.impressions'
  | 'kpi.math.ctr'
  | 'kpi.math.cvr'
  | 'kpi.math.aov'
  | 'kpi.math.orders'
  | 'kpi.math.share'
  | 'kpi.math.expected'
  | 'kpi.math.pace'
  | 'kpi.math.lineExpected'
  | 'kpi.math.linePace'
  | 'kpi.math.projected'
  | 'kpi.math.required';

export type KpiMathStep = Step<KpiMathKey>;

/**
 * Steps for a funnel solution: the paid/net adjustment, the solved unknown, and the orders it implies.
 * @example funnelSteps(input, solution, 'CNY', 'en-GB').find((s) => s.key === 'kpi.math.uv')?.result //=> '800,000'
 */
export function funnelSteps(input: FunnelInput, r: FunnelSolution, currency: Currency, locale: string): KpiMathStep[] {
  const f = mathFormat(currency, locale);
  const steps: KpiMathStep[] = [];
  const adjusted = input.cancelRate > 0 || input.returnRate > 0;
  if (adjusted) {
    steps.push({ key: 'kpi.math.keep', expression: `(1 − ${f.rate(input.cancelRate)}) × (1 − ${f.rate(input.returnRate)})`, result: f.rate(r.keepRate) });
  }
  if (r.solved !== 'gmv' && input.gmvBasis === 'net') {
    steps.push({ key: 'kpi.math.paid', expression: `${f.money(input.gmv)} ÷ ${f.rate(r.keepRate)}`, result: f.money(r.paidGmv) });
  }
  const visitorsStep = (): KpiMathStep => ({
    key: 'kpi.math.visitors',
    expression: `${f.count(r.impressions ?? 0)} × ${f.rate(r.ctr ?? 0)}`,
    result: f.count(r.uv),
  });
  const uvStep = (): KpiMathStep => ({ key: 'kpi.math.uv', expression: `${f.money(r.paidGmv)} ÷ (${f.rate(r.cvr)} × ${f.money(r.aov)})`, result: f.count(r.uv) });
  switch (r.solved) {
    case 'gmv':
      if (r.impressions !== null) steps.push(visitorsStep());
      steps.push({ key: 'kpi.math.gmv', expression: `${f.count(r.uv)} × ${f.rate(r.cvr)} × ${f.money(r.aov)}`, result: f.money(r.paidGmv) });
      break;
    case 'uv':
      steps.push(uvStep());
      break;
    case 'impressions':
      steps.push(uvStep(), { key: 'kpi.math.impressions', expression: `${f.count(r.uv)} ÷ ${f.rate(r.ctr ?? 0)}`, result: f.count(r.impressions ?? 0) });
      break;
    case 'ctr':
      steps.push(uvStep(), { key: 'kpi.math.ctr', expression: `${f.count(r.uv)} ÷ ${f.count(r.impressions ?? 0)}`, result: f.rate(r.ctr ?? 0) });
      break;
    case 'cvr':
      if (r.impressions !== null) steps.push(visitorsStep());
      steps.push({ key: 'kpi.math.cvr', expression: `${f.money(r.paidGmv)} ÷ (${f.count(r.uv)} × ${f.money(r.aov)})`, result: f.rate(r.cvr) });
      break;
    case 'aov':
      if (r.impressions !== null) steps.push(visitorsStep());
      steps.push({ key: 'kpi.math.aov', expression: `${f.money(r.paidGmv)} ÷ (${f.count(r.uv)} × ${f.rate(r.cvr)})`, result: f.money(r.aov) });
      break;
  }
  // Whole orders, rounded up once by ordersToPlace: the figure the card and the CSV show.
  steps.push({ key: 'kpi.math.orders', expression: `⌈${f.count(r.uv)} × ${f.rate(r.cvr)}⌉`, result: f.count(ordersToPlace(r)) });
  if (adjusted || input.gmvBasis === 'net') {
    steps.push({ key: 'kpi.math.net', expression: `${f.money(r.paidGmv)} × ${f.rate(r.keepRate)}`, result: f.money(r.netGmv) });
  }
  return steps;
}

export interface PacingMathInput {
  target: number;
  days: number;
  elapsedDays: number;
  actualToDate: number;
}

/**
 * Steps for pacing: the plan's share by now, expected, pace (against the plan and a straight line),
 * projection and the run-rate needed.
 * @example pacingSteps({ target: 50_000_000, days: 30, elapsedDays: 20, actualToDate: 32_000_000 }, r, 'CNY', 'en-GB')
 *   .find((s) => s.key === 'kpi.math.required')?.result //=> '18,000.00'
 */
export function pacingSteps(input: PacingMathInput, r: PacingResult, currency: Currency, locale: string): KpiMathStep[] {
  const f = mathFormat(currency, locale);
  const pct = (v: number | null) => (v === null ? '—' : f.rate(v));
  const steps: KpiMathStep[] = [
    { key: 'kpi.math.share', expression: `Σ plan(1…${input.elapsedDays}) ÷ Σ plan(1…${input.days})`, result: f.rate(r.plannedShare) },
    { key: 'kpi.math.expected', expression: `${f.money(input.target)} × ${f.rate(r.plannedShare)}`, result: f.money(r.expectedToDate) },
    { key: 'kpi.math.pace', expression: `${f.money(input.actualToDate)} ÷ ${f.money(r.expectedToDate)}`, result: pct(r.pace) },
    { key: 'kpi.math.lineExpected', expression: `${f.money(input.target)} × ${input.elapsedDays} ÷ ${input.days}`, result: f.money(r.straightLineToDate) },
    { key: 'kpi.math.linePace', expression: `${f.money(input.actualToDate)} ÷ ${f.money(r.straightLineToDate)}`, result: pct(r.straightLinePace) },
  ];
  if (r.projected !== null) {
    steps.push({ key: 'kpi.math.projected', expression: `${f.money(input.actualToDate)} ÷ ${f.rate(r.plannedShare)}`, result: f.money(r.projected) });
  }
  if (r.requiredDaily !== null) {
    steps.push({ key: 'kpi.math.required', expression: `(${f.money(input.target)} − ${f.money(input.actualToDate)}) ÷ ${r.daysLeft}`, result: f.money(r.requiredDaily) });
  }
  return steps;
}
