/**
 * "Show the math" for the promotion calculator: each step as a formula with the user's numbers substituted.
 * Labels are dictionary keys so the same steps read in either language; numbers use the reader's locale.
 */
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import type { DiscountDetail, Mechanism, PromotionInput, PromotionOutcome } from './core';

export type PromotionMathKey =
  | 'promotion.math.discount'
  | 'promotion.math.rate'
  | 'promotion.math.net'
  | 'promotion.math.feeShare'
  | 'promotion.math.contribution'
  | 'promotion.math.margin'
  | 'promotion.math.contributionAfter'
  | 'promotion.math.simpleBreakEven'
  | 'promotion.math.units'
  | 'promotion.math.pulledForward'
  | 'promotion.math.incrementalRevenue'
  | 'promotion.math.incrementalProfit'
  | 'promotion.math.promotionCost'
  | 'promotion.math.roi'
  | 'promotion.math.roas'
  | 'promotion.math.breakEven';

export type MathStep = Step<PromotionMathKey>;

/** The discount on one order written out for its mechanism, e.g. "⌊599.00 ÷ 300.00⌋ × 50.00". */
function discountExpression(m: Mechanism, b: DiscountDetail & { value: number; items: number }, f: ReturnType<typeof mathFormat>): string {
  const value = f.money(b.value);
  switch (m.kind) {
    case 'percent':
      return `${value} × ${f.rate(m.rate)}`;
    case 'threshold':
      return `${value} ≥ ${f.money(m.threshold)} ? ${f.money(m.off)} : 0`;
    case 'perMultiple':
      return `⌊${value} ÷ ${f.money(m.threshold)}⌋ × ${f.money(m.off)}${m.cap > 0 ? ` (≤ ${f.money(m.cap)})` : ''}`;
    case 'tiered':
      return b.applied > 0 ? `${value} ≥ ${f.money(m.tiers[b.applied - 1]!.threshold)}` : `${value} < ${f.money(Math.min(...m.tiers.map((x) => x.threshold)))}`;
    case 'stacked':
      return [value, ...b.trail.map(f.money)].join(' → ');
    case 'buyNGetM':
      return `${f.count(b.applied)} × ${value} ÷ ${f.count(b.items)}`;
    case 'nthItem':
      return `⌊${f.count(b.items)} ÷ ${m.nth}⌋ × ${f.rate(m.rate)} × ${value} ÷ ${f.count(b.items)}`;
    case 'flashSale':
      return `${value} − ${f.money(m.flashPrice)} × ${f.count(b.items)}`;
    case 'deposit':
      return `(${m.multiplier} − 1) × ${f.money(m.deposit)} × ${f.count(b.items)}`;
  }
}

/**
 * Steps from the offer to the verdict: the discount on each order band, the effective rate, unit economics,
 * the simple break-even uplift, then volumes, incremental revenue and profit, ROI, ROAS and the full break-even.
 */
export function promotionSteps(input: PromotionInput, r: PromotionOutcome, locale: string, bandLabel = '#'): MathStep[] {
  const f = mathFormat(input.currency, locale);
  const steps: MathStep[] = r.store.bands.map((b, i) => ({
    key: 'promotion.math.discount',
    detail: `${bandLabel} ${i + 1}`,
    expression: discountExpression(input.mechanism, b, f),
    result: f.money(b.discount),
  }));
  const u = r.unit;
  const d = f.rate(r.discountRate);
  const phi = f.rate(u.feeShare);
  const costs = `${f.money(input.unitCost)} − ${f.money(input.fixedFees)}`;
  const net = f.money(u.netPrice);
  const c0 = f.money(u.contribution);
  const c1 = f.money(u.contributionAfter);
  steps.push(
    { key: 'promotion.math.rate', expression: `${f.money(r.store.averageDiscount)} ÷ ${f.money(r.store.averageValue)}`, result: d },
    {
      key: 'promotion.math.net',
      expression: input.pricesIncludeVat ? `${f.money(input.price)} ÷ (1 + ${f.rate(input.vatRate)})` : f.money(input.price),
      result: net,
    },
    {
      key: 'promotion.math.feeShare',
      expression: input.fees.filter((x) => x.rate > 0).map((x) => (x.base === 'gross' ? `${f.rate(x.rate)} × (1 + ${f.rate(input.vatRate)})` : f.rate(x.rate))).join(' + ') || '0',
      result: phi,
    },
    { key: 'promotion.math.contribution', expression: `${net} × (1 − ${phi}) − ${costs}`, result: c0 },
    { key: 'promotion.math.margin', expression: `${c0} ÷ ${net}`, result: f.rate(u.margin) },
    { key: 'promotion.math.contributionAfter', expression: `${net} × (1 − ${d}) × (1 − ${phi}) − ${costs}`, result: c1 },
    {
      key: 'promotion.math.simpleBreakEven',
      expression: `${d} × (1 − ${phi}) ÷ (${f.rate(u.margin)} − ${d} × (1 − ${phi}))`,
      result: r.simpleBreakEven.ok ? f.rate(r.simpleBreakEven.uplift) : '—',
    },
    { key: 'promotion.math.units', expression: `${f.count(r.baselineUnits)} × (1 + ${f.rate(input.uplift)})`, result: f.count(r.promoUnits) },
    { key: 'promotion.math.pulledForward', expression: `${f.count(r.extraUnits)} × ${f.rate(input.pulledForward)}`, result: f.count(r.pulledForwardUnits) },
    {
      key: 'promotion.math.incrementalRevenue',
      expression: `${f.money(r.promoRevenue)} − ${f.money(r.baselineRevenue)} − ${f.money(r.pulledForwardRevenue)}`,
      result: f.money(r.incrementalRevenue),
    },
    {
      key: 'promotion.math.incrementalProfit',
      expression: `${f.money(r.promoContribution)} − ${f.money(r.baselineContribution)} − ${f.money(r.pulledForwardContribution)} − ${f.money(r.cannibalisedContribution)} − ${f.money(r.fixedCosts)}`,
      result: f.money(r.incrementalProfit),
    },
    { key: 'promotion.math.promotionCost', expression: `${f.money(r.discountCost)} + ${f.money(r.fixedCosts)}`, result: f.money(r.promotionCost) },
    { key: 'promotion.math.roi', expression: `${f.money(r.incrementalProfit)} ÷ ${f.money(r.promotionCost)}`, result: r.roi === null ? '—' : f.rate(r.roi) },
    { key: 'promotion.math.roas', expression: `${f.money(r.promoRevenue)} ÷ ${f.money(input.adSpend)}`, result: r.roas === null ? '—' : f.count(r.roas) },
    {
      key: 'promotion.math.breakEven',
      expression: `(${f.count(r.baselineUnits)} × (${c0} − ${c1}) + ${f.money(r.cannibalisedContribution)} + ${f.money(r.fixedCosts)}) ÷ (${f.count(r.baselineUnits)} × (${c1} − ${f.rate(input.pulledForward)} × ${c0}))`,
      result: r.breakEven === null ? '—' : f.rate(r.breakEven),
    },
  );
  return steps;
}
