/**
 * "Show the math" for the stock calculator: each step as a formula with the reader's numbers substituted,
 * from the values the module returned. Labels are dictionary keys so the steps read in either language.
 */
import { formatNumber, formatPercent } from '../../money';
import type { MathStep as Step } from '../shared/math-steps';
import type { StockScenario } from './index';

export type StockMathKey =
  | 'stock.math.periodMean'
  | 'stock.math.periodSd'
  | 'stock.math.dailyMean'
  | 'stock.math.dailySd'
  | 'stock.math.z'
  | 'stock.math.leadSd'
  | 'stock.math.safetyStock'
  | 'stock.math.reorderPoint'
  | 'stock.math.cover'
  | 'stock.math.multiplier'
  | 'stock.math.peakDemand'
  | 'stock.math.peakSd'
  | 'stock.math.peakSafety'
  | 'stock.math.peakOrder'
  | 'stock.math.risk';

export type StockMathStep = Step<StockMathKey>;

/** Steps from the demand to the risk of the plan. `curveMonth` names the seasonal curve's month when the multiplier came from it. */
export function stockSteps(s: StockScenario, locale: string, curveMonth?: string): StockMathStep[] {
  const n = (x: number) => formatNumber(x, locale, 4);
  const c = (x: number) => formatNumber(x, locale, 2);
  const pct = (x: number) => formatPercent(x, locale, 2);
  const { input: i, result: r, history: h } = s;
  const steps: StockMathStep[] = [];
  if (h) {
    steps.push({ key: 'stock.math.periodMean', expression: `Σ ÷ ${h.periods}`, result: n(h.periodMean) });
    steps.push({ key: 'stock.math.periodSd', expression: `√(Σ(x − ${n(h.periodMean)})² ÷ (${h.periods} − 1))`, result: n(h.periodSd) });
    if (h.unit === 'week') {
      steps.push({ key: 'stock.math.dailyMean', expression: `${n(h.periodMean)} ÷ 7`, result: n(h.mean) });
      steps.push({ key: 'stock.math.dailySd', expression: `${n(h.periodSd)} ÷ √7`, result: n(h.sd) });
    }
  }
  const d = n(i.dailyDemand);
  const sd = n(i.dailyDemandSd);
  const L = n(i.leadTimeDays);
  const sL = n(i.leadTimeSd);
  steps.push({ key: 'stock.math.z', expression: `Φ⁻¹(${pct(i.serviceLevel)})`, result: r.z === null ? '∞' : n(r.z) });
  steps.push({ key: 'stock.math.leadSd', expression: `√(${L} × ${sd}² + ${d}² × ${sL}²)`, result: n(r.leadTimeSd) });
  steps.push({ key: 'stock.math.safetyStock', expression: r.z === null ? `∞ × ${n(r.leadTimeSd)}` : `⌈${n(r.z)} × ${n(r.leadTimeSd)}⌉`, result: r.safetyStock === null ? '—' : c(r.safetyStock) });
  steps.push({ key: 'stock.math.reorderPoint', expression: r.safetyStock === null ? `${d} × ${L} + ∞` : `⌈${d} × ${L} + ${c(r.safetyStock)}⌉`, result: r.reorderPoint === null ? '—' : c(r.reorderPoint) });
  steps.push({ key: 'stock.math.cover', expression: `${c(i.onHand)} ÷ ${d}`, result: r.daysOfCover === null ? '—' : c(r.daysOfCover) });
  const m = n(i.peakMultiplier);
  steps.push({ key: 'stock.math.multiplier', ...(curveMonth ? { detail: curveMonth } : {}), expression: curveMonth ? `${n(i.peakMultiplier * 100)} ÷ 100` : '', result: m });
  steps.push({ key: 'stock.math.peakDemand', expression: `${d} × ${L} + ${m} × ${d} × ${c(i.peakDays)}`, result: n(r.peak.expectedDemand) });
  steps.push({ key: 'stock.math.peakSd', expression: `√(${L} × ${sd}² + ${d}² × ${sL}² + ${c(i.peakDays)} × (${m} × ${sd})²)`, result: n(r.peak.sd) });
  steps.push({ key: 'stock.math.peakSafety', expression: r.z === null ? `∞ × ${n(r.peak.sd)}` : `⌈${n(r.z)} × ${n(r.peak.sd)}⌉`, result: r.peak.safetyStock === null ? '—' : c(r.peak.safetyStock) });
  steps.push({
    key: 'stock.math.peakOrder',
    expression: r.peak.safetyStock === null ? '' : `max(0, ⌈${n(r.peak.expectedDemand)} + ${c(r.peak.safetyStock)} − ${c(i.onHand)} − ${c(i.onOrder)}⌉)`,
    result: r.peak.orderQuantity === null ? '—' : c(r.peak.orderQuantity),
  });
  steps.push({
    key: 'stock.math.risk',
    expression: r.peak.sd > 0 ? `1 − Φ((${c(i.onHand)} + ${c(i.onOrder)} + ${c(i.plannedQuantity)} − ${n(r.peak.expectedDemand)}) ÷ ${n(r.peak.sd)})` : '',
    result: pct(r.plan.risk),
  });
  return steps;
}
