/**
 * "Show the math" for the pricing calculator: each step as a formula with the user's numbers substituted.
 * Labels are dictionary keys so the same steps read in either language; numbers use the reader's locale.
 */
import { toMajor } from '../../money';
import { mathFormat, type MathStep as Step } from '../shared/math-steps';
import { type PriceBreakdown, type PriceEnding, type PricingBase, type TargetMarginResult } from './core';

export type PricingMathKey =
  | 'pricing.math.feeShare'
  | 'pricing.math.net'
  | 'pricing.math.shown'
  | 'pricing.math.minimum'
  | `pricing.math.ending.${Exclude<PriceEnding, 'none'>}`
  | 'pricing.math.netFromShown'
  | 'pricing.math.vat'
  | 'pricing.math.fee'
  | 'pricing.math.profit'
  | 'pricing.math.margin';

export type MathStep = Step<PricingMathKey>;

function breakdownSteps(base: PricingBase, b: PriceBreakdown, locale: string, feeNames: (label: string) => string): MathStep[] {
  const f = mathFormat(base.currency, locale);
  const steps: MathStep[] = [];
  steps.push(
    base.pricesIncludeVat
      ? { key: 'pricing.math.netFromShown', expression: `${f.money(b.price)} ÷ (1 + ${f.rate(base.vatRate)})`, result: f.money(b.netPrice) }
      : { key: 'pricing.math.netFromShown', expression: f.money(b.price), result: f.money(b.netPrice) },
  );
  steps.push({
    key: 'pricing.math.vat',
    expression: `${f.money(b.grossPrice)} − ${f.money(b.netPrice)}`,
    result: f.money(b.vat),
  });
  for (const fee of b.fees) {
    if (fee.rate === 0) continue;
    steps.push({
      key: 'pricing.math.fee',
      detail: feeNames(fee.label),
      expression: `${f.rate(fee.rate)} × ${f.money(fee.base === 'gross' ? b.grossPrice : b.netPrice)}`,
      result: f.money(fee.amount),
    });
  }
  steps.push({
    key: 'pricing.math.profit',
    expression: `${f.money(b.netPrice)} − ${f.money(b.unitCost)} − ${f.money(b.fixedFees)} − ${f.money(b.feesTotal)}`,
    result: f.money(b.profit),
  });
  steps.push({
    key: 'pricing.math.margin',
    expression: `${f.money(b.profit)} ÷ ${f.money(b.netPrice)}`,
    result: b.margin === null ? '—' : f.rate(b.margin),
  });
  return steps;
}

/**
 * Steps for solving the price from a target margin: fee share, exact net price, rounding, then the
 * breakdown at the final price.
 */
export function targetMarginSteps(
  input: PricingBase & { targetMargin: number; ending?: PriceEnding },
  result: TargetMarginResult,
  locale: string,
  feeNames: (label: string) => string,
): MathStep[] {
  const f = mathFormat(input.currency, locale);
  // The solver's own numbers, so the steps show what it computed rather than a second calculation.
  const share = result.feeShare;
  const parts = input.fees
    .filter((fee) => fee.rate > 0)
    .map((fee) => (fee.base === 'gross' ? `${f.rate(fee.rate)} × (1 + ${f.rate(input.vatRate)})` : f.rate(fee.rate)));
  const steps: MathStep[] = [
    { key: 'pricing.math.feeShare', expression: parts.length ? parts.join(' + ') : '0', result: f.rate(share) },
  ];
  if (!result.ok) return steps;
  const exactNet = toMajor(result.exactNet, input.currency);
  steps.push({
    key: 'pricing.math.net',
    expression: `(${f.money(input.unitCost)} + ${f.money(input.fixedFees)}) ÷ (1 − ${f.rate(share)} − ${f.rate(input.targetMargin)})`,
    result: f.number(exactNet),
  });
  const ending = input.ending ?? 'none';
  // With an ending, two steps: the minimum price for the target, then the first price with the ending at or
  // above it (a step of its own, with no formula: an ending is a choice, not an equation).
  steps.push({
    key: ending === 'none' ? 'pricing.math.shown' : 'pricing.math.minimum',
    expression: input.pricesIncludeVat ? `${f.number(exactNet)} × (1 + ${f.rate(input.vatRate)})` : f.number(exactNet),
    result: f.money(result.minimumPrice),
  });
  if (ending !== 'none') {
    steps.push({ key: `pricing.math.ending.${ending}`, detail: f.money(result.minimumPrice), expression: '', result: f.money(result.breakdown.price) });
  }
  return [...steps, ...breakdownSteps(input, result.breakdown, locale, feeNames)];
}

/** Steps for the margin at a given price. */
export function priceSteps(input: PricingBase, b: PriceBreakdown, locale: string, feeNames: (label: string) => string): MathStep[] {
  return breakdownSteps(input, b, locale, feeNames);
}
