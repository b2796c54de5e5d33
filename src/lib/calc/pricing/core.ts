/**
 * Pricing on platforms that take percentage fees, fixed fees and VAT.
 *
 * Conventions: money in integer minor units; rates as decimals (0.05 is 5 %). Margin is profit on the
 * net (ex-VAT) price. Each percentage fee is charged on the price it really applies to: the gross
 * price the customer pays (marketplace commission, card fees) or the net price.
 */
import { atLeastShare, minorPerMajor, noNegativeZero, roundMinor, type Currency } from '../../money';
import { feeShare, type FeeBase, type PercentFee } from '../shared/fees';

export { feeShare };

export type { FeeBase, PercentFee };

export interface PricingBase {
  currency: Currency;
  /** Cost of one unit, ex VAT, minor units. */
  unitCost: number;
  /** Fixed costs per order (per-order fee, packaging, shipping), minor units. */
  fixedFees: number;
  fees: readonly PercentFee[];
  /** Decimal VAT rate, 0.13 for 13 %. */
  vatRate: number;
  /** Whether the price shown to customers includes VAT (usual in China and the EU; not in the US). */
  pricesIncludeVat: boolean;
}

/** Psychological price endings. `whole-9`/`whole-8`: the whole part ends in 9 or 8 (¥89, ¥88). */
export const priceEndings = ['none', '.99', '.90', 'whole-9', 'whole-8'] as const;
export type PriceEnding = (typeof priceEndings)[number];

export interface TargetMarginInput extends PricingBase {
  /** Decimal margin on the net price, 0.3 for 30 %. */
  targetMargin: number;
  ending?: PriceEnding;
}

export interface PriceAtInput extends PricingBase {
  /** The price shown to customers (gross if `pricesIncludeVat`, else net), minor units. */
  price: number;
}

export type PricingWarning = 'loss' | 'zero-profit' | 'below-cost';

export interface FeeLine {
  label: string;
  rate: number;
  base: FeeBase;
  amount: number;
}

export interface PriceBreakdown {
  currency: Currency;
  /** The price as shown to customers. */
  price: number;
  grossPrice: number;
  netPrice: number;
  vat: number;
  fees: FeeLine[];
  feesTotal: number;
  fixedFees: number;
  unitCost: number;
  profit: number;
  /** Profit ÷ net price; `null` when the net price is zero. */
  margin: number | null;
  /** Profit ÷ all costs (unit, fixed, fees); `null` when costs are zero. */
  markup: number | null;
  warnings: PricingWarning[];
}

export type UnreachableReason = 'fees-and-margin-reach-100' | 'price-too-high';

export type TargetMarginResult =
  | {
      ok: true;
      breakdown: PriceBreakdown;
      /** The lowest shown price (before any price ending) that meets the target. */
      minimumPrice: number;
      /** What the solver worked from, for the "show the math" steps: the fee share, the net price the
       * target needs before rounding (minor units, fractional) and the shown price it corresponds to. */
      feeShare: number;
      exactNet: number;
      exactPrice: number;
    }
  | {
      ok: false;
      reason: UnreachableReason;
      /** Share of the net price taken by percentage fees (with VAT where they are charged on gross). */
      feeShare: number;
      targetMargin: number;
    };

/** Above this shown price (one hundred billion major units) we stop: the target is unreachable in practice. */
const MAX_PRICE = 1e13;

/**
 * Converts a margin (profit ÷ price) to a markup (profit ÷ cost); `null` for margins of 100 % or more.
 * @example marginToMarkup(0.4) //=> 0.6666666666666667
 * @example marginToMarkup(1) //=> null
 */
export function marginToMarkup(margin: number): number | null {
  if (!Number.isFinite(margin) || margin >= 1) return null;
  return noNegativeZero(margin / (1 - margin));
}

/**
 * Converts a markup (profit ÷ cost) to a margin (profit ÷ price); `null` for markups of −100 % or less.
 * @example markupToMargin(0.6666666666666667) //=> 0.4
 * @example markupToMargin(1) //=> 0.5
 */
export function markupToMargin(markup: number): number | null {
  if (!Number.isFinite(markup) || markup <= -1) return null;
  return noNegativeZero(markup / (1 + markup));
}

/**
 * The full breakdown at a given shown price: VAT, each fee on its own base, profit, margin and markup.
 * @example
 * profitAtPrice({ currency: 'USD', unitCost: 5000, fixedFees: 30, vatRate: 0, pricesIncludeVat: false,
 *   fees: [{ label: 'Payment', rate: 0.029, base: 'gross' }, { label: 'Marketplace', rate: 0.05, base: 'gross' }],
 *   price: 7737 }).margin //=> 0.2709 (approximately: the naive price earns 27.1 %, not 30 %)
 */
export function profitAtPrice(input: PriceAtInput): PriceBreakdown {
  const shown = Math.max(0, Math.round(input.price));
  let grossPrice: number;
  let netPrice: number;
  if (input.pricesIncludeVat) {
    grossPrice = shown;
    netPrice = roundMinor(shown / (1 + input.vatRate), 'half-up');
  } else {
    netPrice = shown;
    grossPrice = netPrice + roundMinor(shown * input.vatRate, 'half-up');
  }
  const vat = grossPrice - netPrice;
  const fees = input.fees.map((fee) => ({
    label: fee.label,
    rate: fee.rate,
    base: fee.base,
    amount: roundMinor(fee.rate * (fee.base === 'gross' ? grossPrice : netPrice), 'half-up'),
  }));
  const feesTotal = fees.reduce((sum, f) => sum + f.amount, 0);
  const costs = input.unitCost + input.fixedFees + feesTotal;
  const profit = noNegativeZero(netPrice - costs);
  const warnings: PricingWarning[] = [];
  if (profit < 0) warnings.push('loss');
  else if (profit === 0) warnings.push('zero-profit');
  if (netPrice < input.unitCost) warnings.push('below-cost');
  return {
    currency: input.currency,
    price: shown,
    grossPrice,
    netPrice,
    vat,
    fees,
    feesTotal,
    fixedFees: input.fixedFees,
    unitCost: input.unitCost,
    profit,
    margin: netPrice > 0 ? noNegativeZero(profit / netPrice) : null,
    markup: costs > 0 ? noNegativeZero(profit / costs) : null,
    warnings,
  };
}

/**
 * Moves a price up to the nearest psychological ending, never below it (so a price that already meets
 * the target margin still does). Works in minor units; `minorPerMajor` is 100 for CNY, USD and EUR.
 * @example applyPriceEnding(8100, '.99') //=> 8199
 * @example applyPriceEnding(8099, '.99') //=> 8099
 * @example applyPriceEnding(8100, '.90') //=> 8190
 * @example applyPriceEnding(8100, 'whole-9') //=> 8900
 * @example applyPriceEnding(8901, 'whole-8') //=> 9800
 */
export function applyPriceEnding(price: number, ending: PriceEnding, minorPerMajor = 100): number {
  const p = Math.max(0, Math.ceil(price));
  const unit = minorPerMajor;
  switch (ending) {
    case 'none':
      return p;
    case '.99':
    case '.90': {
      const cents = ending === '.99' ? unit - 1 : Math.round(unit * 0.9);
      const candidate = Math.floor(p / unit) * unit + cents;
      return candidate >= p ? candidate : candidate + unit;
    }
    case 'whole-9':
    case 'whole-8': {
      const digit = ending === 'whole-9' ? 9 : 8;
      const ten = 10 * unit;
      const candidate = Math.floor(p / ten) * ten + digit * unit;
      return candidate >= p ? candidate : candidate + ten;
    }
  }
}

/**
 * The price that earns a target margin after every fee and VAT, rounded up to a whole minor unit (and to
 * the chosen ending) so the target is still met. No price exists when the target margin plus the fee share
 * reaches 100 %: every extra yuan of price is then eaten by fees.
 *
 * Net price = (unit cost + fixed fees) ÷ (1 − fee share − target margin).
 * @example
 * const r = priceForTargetMargin({ currency: 'USD', unitCost: 5000, fixedFees: 30, vatRate: 0,
 *   pricesIncludeVat: false, targetMargin: 0.3,
 *   fees: [{ label: 'Payment', rate: 0.029, base: 'gross' }, { label: 'Marketplace', rate: 0.05, base: 'gross' }] });
 * r.ok && r.breakdown.price //=> 8100 ($81.00)
 */
export function priceForTargetMargin(input: TargetMarginInput): TargetMarginResult {
  const share = feeShare(input);
  const room = 1 - share - input.targetMargin;
  if (room <= 1e-12) {
    return { ok: false, reason: 'fees-and-margin-reach-100', feeShare: share, targetMargin: input.targetMargin };
  }
  const exactNet = (input.unitCost + input.fixedFees) / room;
  const exactPrice = input.pricesIncludeVat ? exactNet * (1 + input.vatRate) : exactNet;
  if (!Number.isFinite(exactPrice) || exactPrice > MAX_PRICE) {
    return { ok: false, reason: 'price-too-high', feeShare: share, targetMargin: input.targetMargin };
  }
  const at = (price: number) => profitAtPrice({ ...input, price });
  const meets = (b: PriceBreakdown) => meetsTarget(b, input.targetMargin);
  // VAT and each fee are rounded to whole minor units, so whether a price meets the target is not monotone
  // near the exact price: one price can meet it while the next one up does not. Every rounding moves the
  // profit by at most half a minor unit (and VAT the net by half a unit), so no price further than `slack`
  // below the exact one can meet the target; scan that window from the bottom for the lowest that does.
  const perUnit = room / (input.pricesIncludeVat ? 1 + input.vatRate : 1);
  const slack = Math.ceil((input.fees.length + 2) / perUnit) + 2;
  const exact = Math.max(1, roundMinor(exactPrice, 'up'));
  let price = Math.max(1, exact - Math.min(slack, MAX_SCAN));
  let breakdown = at(price);
  const last = exact + MAX_SCAN;
  while (!meets(breakdown) && price < last) {
    price += 1;
    breakdown = at(price);
  }
  const minimumPrice = price;
  const ending = input.ending ?? 'none';
  if (ending !== 'none') {
    // An ending moves the price up; above the minimum the same rounding can still miss by a minor unit,
    // so take the next price with that ending until one meets the target.
    let candidate = applyPriceEnding(price, ending, minorPerMajor[input.currency]);
    breakdown = at(candidate);
    for (let i = 0; i < 100 && !meets(breakdown); i++) {
      candidate = applyPriceEnding(candidate + 1, ending, minorPerMajor[input.currency]);
      breakdown = at(candidate);
    }
  }
  return { ok: true, breakdown, minimumPrice, feeShare: share, exactNet, exactPrice };
}

/** How far the minimum-price scan may look around the exact price (minor units). */
const MAX_SCAN = 200_000;

/** Profit ≥ target × net price, compared exactly (the target read as the decimal it prints as). */
function meetsTarget(b: PriceBreakdown, target: number): boolean {
  return b.netPrice > 0 && atLeastShare(b.profit, target, b.netPrice);
}

/**
 * The shortcut a worked example warns against: the margin taken on cost first, then the percentage fees
 * and the fixed fees added on top — cost ÷ (1 − margin) × (1 + Σ fee rates) + fixed fees. It earns less
 * than the target because the fees are charged on the higher price, not on the cost.
 * @example naivePrice({ ...base, unitCost: 5000, fixedFees: 30, fees: [5 %, 2.9 %] }, 0.3) //=> 7737
 */
export function naivePrice(base: PricingBase, targetMargin: number): number {
  const feeRate = base.fees.reduce((s, f) => s + f.rate, 0);
  return roundMinor((base.unitCost / (1 - targetMargin)) * (1 + feeRate) + base.fixedFees, 'half-up');
}

export interface Channel {
  name: string;
  /** Platform commission, decimal, charged on the gross price. */
  commission: number;
  /** Payment fee, decimal, charged on the gross price. */
  paymentFee: number;
  /** Fixed fee per order, minor units. */
  fixedFee: number;
  /** VAT rate that applies on this channel, decimal. */
  vatRate: number;
  /** The percentage fees as charged, when they are not simply commission and payment fee on the gross price. */
  fees?: readonly PercentFee[];
}

export interface ChannelBase {
  currency: Currency;
  unitCost: number;
  targetMargin: number;
  pricesIncludeVat: boolean;
  ending?: PriceEnding;
  /** One shown price to compare every channel at, minor units. */
  price: number;
}

export interface ChannelRow {
  channel: Channel;
  /** The price this channel needs for the target margin. */
  solved: TargetMarginResult;
  /** What this channel earns at the common price. */
  atPrice: PriceBreakdown;
}

/** Fees of one channel as percentage fees on the gross price. */
export function channelFees(channel: Channel, labels = { commission: 'Commission', payment: 'Payment fee' }): PercentFee[] {
  return [
    { label: labels.commission, rate: channel.commission, base: 'gross' },
    { label: labels.payment, rate: channel.paymentFee, base: 'gross' },
  ];
}

/**
 * For each channel: the price it needs for the same target margin, and the margin it earns at one common price.
 * @example
 * channelPriceTable({ currency: 'CNY', unitCost: 5000, targetMargin: 0.3, pricesIncludeVat: false, price: 9900 },
 *   [{ name: 'Own site', commission: 0, paymentFee: 0.006, fixedFee: 0, vatRate: 0 }])[0].solved.ok //=> true
 */
export function channelPriceTable(base: ChannelBase, channels: readonly Channel[]): ChannelRow[] {
  return channels.map((channel) => {
    const pricing: PricingBase = {
      currency: base.currency,
      unitCost: base.unitCost,
      fixedFees: channel.fixedFee,
      fees: channel.fees ?? channelFees(channel),
      vatRate: channel.vatRate,
      pricesIncludeVat: base.pricesIncludeVat,
    };
    return {
      channel,
      solved: priceForTargetMargin({ ...pricing, targetMargin: base.targetMargin, ending: base.ending ?? 'none' }),
      atPrice: profitAtPrice({ ...pricing, price: base.price }),
    };
  });
}

/**
 * Margin at evenly spaced prices, for the margin-against-price chart. Prices with no net price are skipped.
 * @example marginCurve(base, 5000, 10000, 2).length //=> 3
 */
export function marginCurve(base: PricingBase, fromPrice: number, toPrice: number, steps = 40): { price: number; margin: number }[] {
  const lo = Math.max(1, Math.round(Math.min(fromPrice, toPrice)));
  const hi = Math.max(lo + 1, Math.round(Math.max(fromPrice, toPrice)));
  const n = Math.max(1, Math.min(400, Math.floor(steps)));
  const points: { price: number; margin: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const price = Math.round(lo + ((hi - lo) * i) / n);
    const margin = profitAtPrice({ ...base, price }).margin;
    if (margin !== null) points.push({ price, margin });
  }
  return points;
}

export interface PricingScenario {
  base: PricingBase;
  /** Set when solving from a target margin. */
  solved: TargetMarginResult | null;
  /** The breakdown on screen: at the solved price, or at the entered price; `null` when no price exists. */
  breakdown: PriceBreakdown | null;
  /** The price the rest of the page compares at (channels, chart). */
  price: number;
}

/**
 * What the pricing calculator shows for its inputs: either the price solved from a target margin or the
 * breakdown at a given price.
 */
export function pricingScenario(
  base: PricingBase,
  form: { mode: 'margin' | 'price'; targetMargin: number; ending: PriceEnding },
  enteredPrice: number,
): PricingScenario {
  if (form.mode === 'price') {
    const breakdown = profitAtPrice({ ...base, price: enteredPrice });
    return { base, solved: null, breakdown, price: breakdown.price };
  }
  const solved = priceForTargetMargin({ ...base, targetMargin: form.targetMargin, ending: form.ending });
  const breakdown = solved.ok ? solved.breakdown : null;
  return { base, solved, breakdown, price: breakdown ? breakdown.price : enteredPrice };
}
