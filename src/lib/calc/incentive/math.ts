/**
 * "Show the math" for the incentive calculator: one person's commission, and one person's share of the
 * bonus pool, each step a formula with the reader's numbers. Labels are dictionary keys; numbers use the
 * reader's locale.
 */
import { roundMinor, type Currency } from '../../money';
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import type { CommissionBreakdown, CommissionPlan, PoolInput, PoolSplit } from './core';

export type IncentiveMathKey =
  | 'incentive.math.line'
  | 'incentive.math.gross'
  | 'incentive.math.quick'
  | 'incentive.math.gate.passed'
  | 'incentive.math.gate.failed'
  | 'incentive.math.cap'
  | 'incentive.math.achievement'
  | 'incentive.math.weighted'
  | 'incentive.math.floor'
  | 'incentive.math.grade'
  | 'incentive.math.share'
  | 'incentive.math.exact'
  | 'incentive.math.rounded';

export type MathStep = Step<IncentiveMathKey>;

/**
 * Steps for one commission: each slice × its rate, the sum, the quick-deduction check (marginal tiers), then
 * the gate and the cap.
 * @example commissionSteps(breakdown, plan, 'CNY', 'en-GB', (i) => `tier ${i + 1}`).at(-1)
 * //=> { key: 'incentive.math.quick', expression: '250,000.00 × 8.00% − 8,000.00', result: '12,000.00' }
 */
export function commissionSteps(
  b: CommissionBreakdown,
  plan: CommissionPlan,
  currency: Currency,
  locale: string,
  tierName: (index: number) => string,
): MathStep[] {
  const f = mathFormat(currency, locale);
  const steps: MathStep[] = [];
  const paid = b.lines.filter((line) => line.base > 0);
  for (const line of paid) {
    steps.push({
      key: 'incentive.math.line',
      detail: tierName(line.tier),
      expression: `${f.money(line.base)} × ${f.rate(line.rate)}${line.multiplier !== 1 ? ` × ${f.number(line.multiplier)}` : ''}`,
      result: f.money(line.amount),
    });
  }
  steps.push({
    key: 'incentive.math.gross',
    expression: paid.length ? paid.map((line) => f.money(line.amount)).join(' + ') : f.money(0),
    result: f.money(b.gross),
  });
  const row = b.quickDeductions && b.quickRow !== null ? b.quickDeductions[b.quickRow] : undefined;
  if (row) {
    steps.push({
      key: 'incentive.math.quick',
      expression: `${f.money(b.sales)} × ${f.rate(row.rate)} − ${f.money(row.deduction)}`,
      result: f.money(roundMinor(b.sales * row.rate, 'half-up') - row.deduction),
    });
  }
  const gate = plan.gate ?? null;
  if (gate !== null && b.gateLevel !== null && b.gateLevel > 0) {
    steps.push({
      key: b.gated ? 'incentive.math.gate.failed' : 'incentive.math.gate.passed',
      expression: `${f.rate(gate)} × ${f.money(plan.target ?? 0)}`,
      result: f.money(b.gateLevel),
    });
  }
  if (b.capped) {
    steps.push({ key: 'incentive.math.cap', expression: `min(${f.money(b.gross)}, ${f.money(plan.cap ?? 0)})`, result: f.money(b.payout) });
  }
  return steps;
}

/**
 * Steps for one person's share of the pool: achievement per KPI, weighted score, floor, grade, share, the
 * exact amount and the largest-remainder rounding.
 * @example memberSteps(split, 2, input, 'CNY', 'en-GB', (k) => `KPI ${k + 1}`).at(-1)
 * //=> { key: 'incentive.math.rounded', expression: '⌊6,265.9381⌋ + 0.01', result: '6,265.94' }
 */
export function memberSteps(
  split: PoolSplit,
  index: number,
  input: PoolInput,
  currency: Currency,
  locale: string,
  kpiName: (index: number) => string,
): MathStep[] {
  const m = split.people[index];
  const person = input.people[index];
  if (!m || !person) return [];
  const f = mathFormat(currency, locale);
  const steps: MathStep[] = input.kpis.map((kpi, k) => ({
    key: 'incentive.math.achievement',
    detail: kpiName(k),
    expression: `min(${f.number(person.actuals[k] ?? 0)} ÷ ${f.number(person.targets[k] ?? 0)}, ${f.rate(kpi.cap)})`,
    result: f.rate(m.capped[k] ?? 0),
  }));
  steps.push({
    key: 'incentive.math.weighted',
    expression: input.kpis.map((kpi, k) => `${f.rate(kpi.weight)} × ${f.rate(m.capped[k] ?? 0)}`).join(' + '),
    result: f.rate(m.weighted),
  });
  if (!m.eligible) {
    steps.push({ key: 'incentive.math.floor', expression: `${f.rate(m.weighted)} < ${f.rate(input.floor ?? 0)}`, result: f.money(0) });
    return steps;
  }
  if (m.grade !== 1) steps.push({ key: 'incentive.math.grade', expression: `${f.rate(m.weighted)} × ${f.number(m.grade)}`, result: f.rate(m.score) });
  const total = f.rate(split.totalScore);
  steps.push({ key: 'incentive.math.share', expression: `${f.rate(m.score)} ÷ ${total}`, result: f.rate(m.share) });
  steps.push({ key: 'incentive.math.exact', expression: `${f.money(input.amount)} × ${f.rate(m.score)} ÷ ${total}`, result: f.moneyExact(m.exact) });
  // Largest remainder: everyone is rounded down, then the cents left over go to the largest fractions.
  const down = Math.floor(m.exact);
  steps.push({ key: 'incentive.math.rounded', expression: `⌊${f.moneyExact(m.exact)}⌋ + ${f.money(m.payout - down)}`, result: f.money(m.payout) });
  return steps;
}
