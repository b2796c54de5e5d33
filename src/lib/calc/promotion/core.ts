/**
 * Promotions from the seller's side: what a mechanism really gives away per order, the volume increase it
 * needs to break even, and its incremental profit once fees, pulled-forward sales and cannibalised
 * products are counted.
 *
 * Conventions: money in integer minor units; rates as decimals (0.15 is 15 %). An order-level discount is
 * spread over the order's items in proportion to their price (how platforms allocate 满减 for refunds), so
 * one product's effective discount is the order's effective rate.
 */
import { currencies, noNegativeZero, roundMinor, roundRatio, type Currency } from '../../money';
import { feeShare, type PercentFee } from '../shared/fees';
import { MONEY_LIMIT } from '../shared/limits';
import { firstInvalid, invalidInput, numberProblem, rate, withoutNegativeZero, type InvalidInput } from '../shared/input-error';

export type { InvalidInput };

/** The shared input error for a field the checks below refused, with the problem read from its value. */
function refused(field: string, from: unknown): InvalidInput {
  const value = from && typeof from === 'object' ? (from as Record<string, unknown>)[field] : from;
  const problem = typeof value === 'number' ? (numberProblem(value, { min: 0, max: Number.MAX_VALUE }) ?? 'out-of-range') : Array.isArray(value) ? 'out-of-range' : 'wrong-type';
  return invalidInput(field, problem);
}

export const mechanismKinds = ['percent', 'threshold', 'perMultiple', 'tiered', 'stacked', 'buyNGetM', 'nthItem', 'flashSale', 'deposit'] as const;
export type MechanismKind = (typeof mechanismKinds)[number];

/** One rung of a tiered offer: spend `threshold`, save `off` (minor units). */
export interface Tier {
  threshold: number;
  off: number;
}

/** A coupon in a stack: a percentage off the running price, or a fixed amount once the running price reaches `minSpend`. */
export type Coupon = { type: 'percent'; rate: number } | { type: 'fixed'; off: number; minSpend: number };

export type Mechanism =
  /** 8.5折 is `rate: 0.15`. */
  | { kind: 'percent'; rate: number }
  /** 满300减50: `off` once the order reaches `threshold`. */
  | { kind: 'threshold'; threshold: number; off: number }
  /** 每满300减50: `off` for every whole `threshold` spent, at most `cap` in total (0: no cap). */
  | { kind: 'perMultiple'; threshold: number; off: number; cap: number }
  /** 满200减20, 满400减50…: the best tier the order reaches. */
  | { kind: 'tiered'; tiers: Tier[] }
  /** Coupons applied one after another in the listed order. */
  | { kind: 'stacked'; coupons: Coupon[] }
  /** Buy `buy`, get `free` more free, on identical items. */
  | { kind: 'buyNGetM'; buy: number; free: number }
  /** Every `nth` item at `rate` off (第二件半价: nth 2, rate 0.5). */
  | { kind: 'nthItem'; nth: number; rate: number }
  /** A flash-sale price per unit (minor units). */
  | { kind: 'flashSale'; flashPrice: number }
  /** 定金膨胀: a deposit per unit counts as `multiplier` × deposit against the final price. */
  | { kind: 'deposit'; deposit: number; multiplier: number };

/** Mechanisms priced on the items of this product, so an order's value is price × items. */
export const itemMechanisms: readonly MechanismKind[] = ['buyNGetM', 'nthItem', 'flashSale', 'deposit'];

/**
 * Whether a mechanism works on items rather than on the order value.
 * @example isItemMechanism({ kind: 'buyNGetM', buy: 1, free: 1 }) //=> true
 * @example isItemMechanism({ kind: 'threshold', threshold: 30000, off: 5000 }) //=> false
 */
export function isItemMechanism(mechanism: Pick<Mechanism, 'kind'>): boolean {
  return itemMechanisms.includes(mechanism.kind);
}

/** One order: its value at list prices (minor units) and its number of items. */
export interface Basket {
  value: number;
  items: number;
}

/** A band of similar orders and its share of all orders (decimal; shares are normalised). */
export interface BasketBand extends Basket {
  share: number;
}

export interface DiscountDetail {
  /** The discount on this order, minor units. */
  discount: number;
  /** What the customer pays. */
  paid: number;
  /** Discount ÷ order value; 0 for an empty order. */
  rate: number;
  /**
   * How often the offer applied: multiples reached (每满减), the tier reached (1-based; 0 for none), free or
   * discounted items, coupons that applied; 1 or 0 for the others.
   */
  applied: number;
  /** Stacked coupons: the running price after each coupon. Empty for other mechanisms. */
  trail: number[];
}

export type DiscountResult = ({ ok: true } & DiscountDetail) | InvalidInput;

const MAX_ITEMS = 1_000_000;

const isMoney = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MONEY_LIMIT;
const isRate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isCount = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The first invalid field of a mechanism, or `null`. */
function mechanismError(m: Mechanism): string | null {
  switch (m.kind) {
    case 'percent':
      return isRate(m.rate) ? null : 'rate';
    case 'threshold':
      return !isMoney(m.threshold) || m.threshold < 1 ? 'threshold' : !isMoney(m.off) || m.off > m.threshold ? 'off' : null;
    case 'perMultiple':
      if (!isMoney(m.threshold) || m.threshold < 1) return 'threshold';
      if (!isMoney(m.off) || m.off > m.threshold) return 'off';
      return isMoney(m.cap) ? null : 'cap';
    case 'tiered':
      if (!Array.isArray(m.tiers) || m.tiers.length === 0 || m.tiers.length > 6) return 'tiers';
      return m.tiers.every((t) => isMoney(t.threshold) && t.threshold >= 1 && isMoney(t.off) && t.off <= t.threshold) ? null : 'tiers';
    case 'stacked':
      if (!Array.isArray(m.coupons) || m.coupons.length === 0 || m.coupons.length > 4) return 'coupons';
      return m.coupons.every((c) => (c.type === 'percent' ? isRate(c.rate) : c.type === 'fixed' && isMoney(c.off) && isMoney(c.minSpend)))
        ? null
        : 'coupons';
    case 'buyNGetM':
      return !isCount(m.buy, 1, 99) ? 'buy' : !isCount(m.free, 1, 99) ? 'free' : null;
    case 'nthItem':
      return !isCount(m.nth, 2, 99) ? 'nth' : !isRate(m.rate) ? 'rate' : null;
    case 'flashSale':
      return isMoney(m.flashPrice) ? null : 'flashPrice';
    case 'deposit':
      if (!isMoney(m.deposit)) return 'deposit';
      return typeof m.multiplier === 'number' && m.multiplier >= 1 && m.multiplier <= 20 ? null : 'multiplier';
    default:
      return 'kind';
  }
}

/** Deposit × multiplier to the minor unit: what a 定金膨胀 deposit counts for against the final price. */
const countedDeposit = (deposit: number, multiplier: number) => roundMinor(deposit * multiplier, 'half-up');

/**
 * What one deposit counts for against the final price (定金膨胀), or the input refused.
 * @example depositCounted(1000, 2) //=> 2000
 */
export function depositCounted(deposit: number, multiplier: number): number | InvalidInput {
  deposit = withoutNegativeZero(deposit);
  multiplier = withoutNegativeZero(multiplier);
  return firstInvalid([['deposit', deposit, { min: 0, max: MONEY_LIMIT, integer: true }], ['multiplier', multiplier, { min: 1, max: 20 }]]) ?? countedDeposit(deposit, multiplier);
}

/** Rounds away binary noise from a conversion (0.85 / 10 is 0.08499999999999999), far below any typed digit. */
const tidy = (x: number) => noNegativeZero(Math.round(x * 1e10) / 1e10);

/**
 * The rate off for an offer written in 折, the way Chinese shops write it: the tenths of the price the
 * customer pays (8.5折 is 85 % paid, 15 % off); or the input refused (field `zhe`, 0 to 10).
 * @example rateFromZhe(8.5) //=> 0.15
 */
export function rateFromZhe(zhe: number): number | InvalidInput {
  zhe = withoutNegativeZero(zhe);
  return firstInvalid([['zhe', zhe, { min: 0, max: 10 }]]) ?? tidy((10 - zhe) / 10);
}

/**
 * A rate off written in 折: 15 % off is 8.5折; or the input refused (field `rate`).
 * @example zheFromRate(0.085) //=> 9.15
 */
export function zheFromRate(rateOff: number): number | InvalidInput {
  rateOff = withoutNegativeZero(rateOff);
  return firstInvalid([['rate', rateOff, rate]]) ?? tidy((1 - rateOff) * 10);
}

/**
 * The multiple of a 定金膨胀 offer written as "deposit X counts as Y" (定金100抵150 is 1.5×): Y ÷ X, or the
 * input refused. The deposit must be at least one minor unit; the counted amount at least the deposit and at
 * most 20 times it (field `counted`).
 * @example depositMultiplier(10000, 15000) //=> 1.5
 */
export function depositMultiplier(deposit: number, counted: number): number | InvalidInput {
  deposit = withoutNegativeZero(deposit);
  counted = withoutNegativeZero(counted);
  const bad = firstInvalid([['deposit', deposit, { min: 1, max: MONEY_LIMIT, integer: true }], ['counted', counted, { min: 0, max: MONEY_LIMIT, integer: true }]]);
  if (bad) return bad;
  if (counted < deposit || counted > deposit * 20) return invalidInput('counted', 'out-of-range');
  return noNegativeZero(counted / deposit);
}

/** The discount on one valid order; every amount is whole minor units and never above the order value. */
function discountOf(m: Mechanism, { value, items }: Basket): DiscountDetail {
  let discount = 0;
  let applied = 0;
  const trail: number[] = [];
  // Item offers on identical items: a share of the order value, one item's worth at a time.
  const itemsWorth = (count: number) => (items > 0 ? roundMinor((count * value) / items, 'half-up') : 0);
  switch (m.kind) {
    case 'percent':
      discount = roundMinor(value * m.rate, 'half-up');
      applied = discount > 0 ? 1 : 0;
      break;
    case 'threshold':
      applied = value >= m.threshold ? 1 : 0;
      discount = applied * m.off;
      break;
    case 'perMultiple':
      applied = Math.floor(value / m.threshold);
      discount = applied * m.off;
      if (m.cap > 0) discount = Math.min(discount, m.cap);
      break;
    case 'tiered':
      // Platforms give the best tier reached, whatever order the tiers are listed in.
      m.tiers.forEach((tier, i) => {
        if (value >= tier.threshold && tier.off >= discount) {
          discount = tier.off;
          applied = i + 1;
        }
      });
      break;
    case 'stacked': {
      let running = value;
      for (const c of m.coupons) {
        const before = running;
        if (c.type === 'percent') running -= roundMinor(running * c.rate, 'half-up');
        else if (running >= c.minSpend) running = Math.max(0, running - c.off);
        if (running < before) applied++;
        trail.push(running);
      }
      discount = value - running;
      break;
    }
    case 'buyNGetM': {
      const group = m.buy + m.free;
      // A customer who has the paid items takes the free ones too, up to `free` per group.
      applied = Math.floor(items / group) * m.free + Math.max(0, (items % group) - m.buy);
      discount = itemsWorth(applied);
      break;
    }
    case 'nthItem':
      applied = Math.floor(items / m.nth);
      discount = items > 0 ? roundMinor((applied * m.rate * value) / items, 'half-up') : 0;
      break;
    case 'flashSale':
      discount = Math.max(0, value - m.flashPrice * items);
      applied = discount > 0 ? 1 : 0;
      break;
    case 'deposit': {
      const paid = m.deposit * items;
      const counted = countedDeposit(paid, m.multiplier);
      // The inflated deposit cannot take the balance below zero.
      discount = Math.max(0, Math.min(counted - paid, value - paid));
      applied = discount > 0 ? 1 : 0;
      break;
    }
  }
  discount = Math.max(0, Math.min(discount, value));
  return { discount, paid: value - discount, rate: value > 0 ? noNegativeZero(discount / value) : 0, applied, trail };
}

function basketError(b: Basket): string | null {
  if (!isMoney(b.value)) return 'value';
  return isCount(b.items, 0, MAX_ITEMS) ? null : 'items';
}

/**
 * The discount one order gets from a mechanism, and its effective rate.
 * @example effectiveDiscount({ kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0 }, { value: 59900, items: 1 }).rate //=> 0.08347245409015025 (8.35 %)
 * @example effectiveDiscount({ kind: 'buyNGetM', buy: 2, free: 1 }, { value: 30000, items: 3 }).rate //=> 0.3333333333333333
 * @example effectiveDiscount({ kind: 'deposit', deposit: 10000, multiplier: 1.5 }, { value: 100000, items: 1 }).rate //=> 0.05
 * @example effectiveDiscount({ kind: 'stacked', coupons: [{ type: 'percent', rate: 0.2 }, { type: 'percent', rate: 0.1 }] }, { value: 10000, items: 1 }).rate //=> 0.28
 */
export function effectiveDiscount(mechanism: Mechanism, basket: Basket): DiscountResult {
  mechanism = withoutNegativeZero(mechanism);
  basket = withoutNegativeZero(basket);
  const field = mechanism && typeof mechanism === 'object' ? mechanismError(mechanism) : 'kind';
  if (field) return refused(field, mechanism);
  const bad = basket && typeof basket === 'object' ? basketError(basket) : 'value';
  if (bad) return refused(bad, basket);
  return { ok: true, ...discountOf(mechanism, basket) };
}

export interface StoreRate {
  /** Discounts ÷ list value over all orders: the share of revenue the promotion gives away. */
  rate: number;
  /** Share of orders that get any discount. */
  qualifyingShare: number;
  /** Order value and discount per average order (share-weighted), real minor units. */
  averageValue: number;
  averageDiscount: number;
  /** Each band with its normalised share and its discount. */
  bands: (BasketBand & DiscountDetail)[];
}
export type StoreRateResult = ({ ok: true } & StoreRate) | InvalidInput;

/**
 * The store-level effective rate over a distribution of orders: threshold offers give nothing to orders
 * below the threshold, so the rate across all orders is lower than on a qualifying one.
 * @example
 * storeEffectiveRate({ kind: 'threshold', threshold: 30000, off: 5000 },
 *   [{ value: 20000, items: 1, share: 0.5 }, { value: 30000, items: 1, share: 0.5 }]).rate //=> 0.1 (2 500 ÷ 25 000)
 */
export function storeEffectiveRate(mechanism: Mechanism, bands: readonly BasketBand[]): StoreRateResult {
  mechanism = withoutNegativeZero(mechanism);
  bands = withoutNegativeZero(bands);
  const field = mechanism && typeof mechanism === 'object' ? mechanismError(mechanism) : 'kind';
  if (field) return refused(field, mechanism);
  if (!Array.isArray(bands) || bands.length === 0 || bands.length > 50) return invalidInput('baskets', Array.isArray(bands) ? 'out-of-range' : 'wrong-type');
  for (const b of bands) {
    const bad = b && typeof b === 'object' ? (basketError(b) ?? (isRate(b.share) ? null : 'share')) : 'value';
    if (bad) return refused(bad, b);
  }
  const total = bands.reduce((s, b) => s + b.share, 0);
  if (total <= 0) return invalidInput('share', 'out-of-range');
  return { ok: true, ...storeRateOf(mechanism, bands, total) };
}

function storeRateOf(mechanism: Mechanism, bands: readonly BasketBand[], total: number): StoreRate {
  const rows = bands.map((b) => ({ ...b, share: b.share / total, ...discountOf(mechanism, b) }));
  const averageValue = rows.reduce((s, r) => s + r.share * r.value, 0);
  const averageDiscount = rows.reduce((s, r) => s + r.share * r.discount, 0);
  return {
    rate: averageValue > 0 ? noNegativeZero(Math.min(1, averageDiscount / averageValue)) : 0,
    qualifyingShare: noNegativeZero(rows.reduce((s, r) => s + (r.discount > 0 ? r.share : 0), 0)),
    averageValue: noNegativeZero(averageValue),
    averageDiscount: noNegativeZero(averageDiscount),
    bands: rows,
  };
}

export interface BreakEvenInput {
  /** Effective discount, decimal share of the price. */
  discountRate: number;
  /** Contribution margin before the promotion: (net price − fees − unit and fixed costs) ÷ net price. */
  margin: number;
  /** Share of the net price taken by percentage fees; they shrink with the price, so a discount costs (1 − fees) of itself. */
  feeShare?: number;
}

export type BreakEvenResult =
  | { ok: true; uplift: number }
  | { ok: false; reason: 'discount-reaches-margin'; marginAfter: number }
  | InvalidInput;

/** Differences smaller than this are rounding noise, not a margin that a volume increase could build on. */
const EPSILON = 1e-12;

/**
 * The volume increase that earns the same contribution as before the discount: d / (m − d), or with
 * percentage fees f, d(1 − f) / (m − d(1 − f)). When the discount eats the whole margin no uplift can pay
 * for it, and the result says so instead of dividing.
 * @example breakEvenUplift({ discountRate: 0.2, margin: 0.4 }) //=> { ok: true, uplift: 1 }
 * @example breakEvenUplift({ discountRate: 0.15, margin: 0.5 }) //=> { ok: true, uplift: 0.4285714285714286 }
 * @example breakEvenUplift({ discountRate: 0.3, margin: 0.3 }) //=> { ok: false, reason: 'discount-reaches-margin', marginAfter: 0 }
 */
export function breakEvenUplift(input: BreakEvenInput): BreakEvenResult {
  input = withoutNegativeZero(input);
  const f = input.feeShare ?? 0;
  const bad = firstInvalid([
    ['discountRate', input.discountRate, rate],
    ['margin', input.margin, { min: -1e6, max: 1 }],
    ['feeShare', f, rate],
  ]);
  if (bad) return bad;
  const cost = input.discountRate * (1 - f);
  if (cost === 0) return { ok: true, uplift: 0 };
  const marginAfter = input.margin - cost;
  if (marginAfter <= EPSILON) return { ok: false, reason: 'discount-reaches-margin', marginAfter: noNegativeZero(Math.max(marginAfter, -1e6)) };
  return { ok: true, uplift: noNegativeZero(cost / marginAfter) };
}

export interface PromotionInput {
  currency: Currency;
  /** Shown price per unit (incl. VAT when `pricesIncludeVat`), minor units. */
  price: number;
  /** Cost of one unit, ex VAT. */
  unitCost: number;
  /** Fixed costs per item sold (shipping, packaging; a fee per order spread over the items of an order). */
  fixedFees: number;
  fees: readonly PercentFee[];
  vatRate: number;
  pricesIncludeVat: boolean;
  /** Units sold in the period without the promotion. */
  baselineUnits: number;
  mechanism: Mechanism;
  /** The orders the effective rate is measured over; for item offers each band's value is price × items. */
  baskets: readonly BasketBand[];
  /** Expected increase in units during the promotion, decimal (0.5 is +50 %). */
  uplift: number;
  /** Share of the extra units that would have been bought later at full price anyway. */
  pulledForward: number;
  /** Units of other products the promotion takes sales from, and the contribution each would have earned. */
  cannibalisedUnits: number;
  cannibalisedMargin: number;
  /** Fixed promotion costs, minor units. */
  adSpend: number;
  creativeCost: number;
  giftCost: number;
}

export interface UnitEconomics {
  /** Net (ex-VAT) price, real minor units. */
  netPrice: number;
  feeShare: number;
  /** Contribution per unit at full price and at the promotional price, rounded to minor units. */
  contribution: number;
  contributionAfter: number;
  /** Contribution ÷ net price at full price, and after the discount (both on the full net price). */
  margin: number;
  marginAfter: number;
  /**
   * The discount off the shown price at which a unit earns nothing: contribution ÷ (net price × (1 − fee
   * share)), on the same base as `discountRate` (0 when the full price earns nothing already).
   */
  breakEvenDiscount: number;
}

export type Verdict = 'profit' | 'even' | 'loss' | 'never';

export interface PromotionOutcome {
  currency: Currency;
  /** The effective discount over the order distribution. */
  discountRate: number;
  store: StoreRate;
  unit: UnitEconomics;
  /** Unit-economics break-even (no fixed costs, pull-forward or cannibalisation). */
  simpleBreakEven: BreakEvenResult;
  /** The uplift at which incremental profit is zero, with every cost counted; `null` when none exists. */
  breakEven: number | null;
  baselineUnits: number;
  promoUnits: number;
  extraUnits: number;
  pulledForwardUnits: number;
  baselineRevenue: number;
  promoRevenue: number;
  pulledForwardRevenue: number;
  incrementalRevenue: number;
  /** Discounts given on every unit sold in the promotion, at shown prices. */
  discountCost: number;
  /** The part of `discountCost` given to customers who would have bought anyway. */
  subsidy: number;
  baselineContribution: number;
  promoContribution: number;
  pulledForwardContribution: number;
  cannibalisedContribution: number;
  fixedCosts: number;
  incrementalProfit: number;
  /** Discounts plus fixed costs. */
  promotionCost: number;
  /** Incremental profit ÷ promotion cost; `null` without cost. */
  roi: number | null;
  /** Promotion revenue ÷ ad spend, rounded half up to two decimals — what 直通车 and 千川 call "ROI"; `null` without ad spend. */
  roas: number | null;
  verdict: Verdict;
}

export type PromotionResult = ({ ok: true } & PromotionOutcome) | InvalidInput;

/** Everything that does not depend on the uplift, so a chart can evaluate many uplifts cheaply. */
interface Prepared {
  input: PromotionInput;
  store: StoreRate;
  d: number;
  /** Exact contributions per unit, real minor units. */
  c0: number;
  c1: number;
  unit: UnitEconomics;
}

function inputError(i: PromotionInput): string | null {
  if (!(currencies as readonly unknown[]).includes(i.currency)) return 'currency';
  if (!isMoney(i.price) || i.price < 1) return 'price';
  for (const key of ['unitCost', 'fixedFees', 'cannibalisedMargin', 'adSpend', 'creativeCost', 'giftCost'] as const) {
    if (!isMoney(i[key])) return key;
  }
  if (!Array.isArray(i.fees) || i.fees.length > 10 || !i.fees.every((f) => isRate(f.rate) && (f.base === 'gross' || f.base === 'net'))) return 'fees';
  if (!isRate(i.vatRate)) return 'vatRate';
  if (typeof i.pricesIncludeVat !== 'boolean') return 'pricesIncludeVat';
  if (!isCount(i.baselineUnits, 1, 1e9)) return 'baselineUnits';
  if (!isCount(i.cannibalisedUnits, 0, 1e9)) return 'cannibalisedUnits';
  if (typeof i.uplift !== 'number' || !(i.uplift >= 0 && i.uplift <= 100)) return 'uplift';
  return isRate(i.pulledForward) ? null : 'pulledForward';
}

function prepare(input: PromotionInput): Prepared | InvalidInput {
  const bad = inputError(input);
  if (bad) return refused(bad, input);
  // Item offers are priced on this product's items; order-level offers on the whole order.
  const baskets = isItemMechanism(input.mechanism)
    ? input.baskets.map((b) => ({ ...b, value: Math.min(MONEY_LIMIT, input.price * b.items) }))
    : input.baskets;
  const checked = storeEffectiveRate(input.mechanism, baskets);
  if (!checked.ok) return checked;
  const store: StoreRate = { rate: checked.rate, qualifyingShare: checked.qualifyingShare, averageValue: checked.averageValue, averageDiscount: checked.averageDiscount, bands: checked.bands };
  const d = store.rate;
  const net = input.pricesIncludeVat ? input.price / (1 + input.vatRate) : input.price;
  const phi = feeShare(input);
  const costs = input.unitCost + input.fixedFees;
  const c0 = net * (1 - phi) - costs;
  const c1 = net * (1 - d) * (1 - phi) - costs;
  return {
    input,
    store,
    d,
    c0,
    c1,
    unit: {
      netPrice: net,
      feeShare: phi,
      contribution: roundMinor(c0, 'half-up'),
      contributionAfter: roundMinor(c1, 'half-up'),
      margin: noNegativeZero(c0 / net),
      marginAfter: noNegativeZero(c1 / net),
      breakEvenDiscount: c0 > 0 && phi < 1 ? noNegativeZero(Math.min(1, c0 / (net * (1 - phi)))) : 0,
    },
  };
}

/**
 * Incremental profit is a straight line in the uplift u: u × perExtra − need, where
 * need = B(c0 − c1) + cannibalised contribution + fixed costs and perExtra = B(c1 − p·c0), the contribution
 * of each extra unit after the pulled-forward share. Break-even is need ÷ perExtra, when extra units earn anything.
 */
function breakEvenLine(p: Prepared): { need: number; perExtra: number; uplift: number | null } {
  const i = p.input;
  const B = i.baselineUnits;
  const need = B * (p.c0 - p.c1) + i.cannibalisedUnits * i.cannibalisedMargin + i.adSpend + i.creativeCost + i.giftCost;
  const perExtra = B * (p.c1 - i.pulledForward * p.c0);
  if (perExtra <= EPSILON * Math.max(1, Math.abs(B * p.c0))) return { need, perExtra: 0, uplift: need <= 0 ? 0 : null };
  const u = Math.max(0, need / perExtra);
  return { need, perExtra, uplift: Number.isFinite(u) ? noNegativeZero(u) : null };
}

function outcomeAt(p: Prepared, uplift: number): PromotionOutcome {
  const i = p.input;
  const B = i.baselineUnits;
  const promoUnits = B * (1 + uplift);
  const extraUnits = B * uplift;
  const pulledForwardUnits = extraUnits * i.pulledForward;
  const money = (v: number) => roundMinor(v, 'half-up');
  const baselineRevenue = money(B * i.price);
  const promoRevenue = money(promoUnits * i.price * (1 - p.d));
  const pulledForwardRevenue = money(pulledForwardUnits * i.price);
  const discountCost = money(promoUnits * i.price * p.d);
  const baselineContribution = money(B * p.c0);
  const promoContribution = money(promoUnits * p.c1);
  const pulledForwardContribution = money(pulledForwardUnits * p.c0);
  const cannibalisedContribution = i.cannibalisedUnits * i.cannibalisedMargin;
  const fixedCosts = i.adSpend + i.creativeCost + i.giftCost;
  // Sums of rounded parts, so the breakdown on screen adds up to the total exactly.
  const incrementalProfit = noNegativeZero(promoContribution - baselineContribution - pulledForwardContribution - cannibalisedContribution - fixedCosts);
  const promotionCost = discountCost + fixedCosts;
  const line = breakEvenLine(p);
  // A loss is only curable by volume when each extra unit earns something.
  const verdict: Verdict = incrementalProfit > 0 ? 'profit' : incrementalProfit === 0 ? 'even' : line.perExtra > 0 ? 'loss' : 'never';
  return {
    currency: i.currency,
    discountRate: p.d,
    store: p.store,
    unit: p.unit,
    simpleBreakEven: breakEvenUplift({ discountRate: p.d, margin: Math.max(-1e6, p.unit.margin), feeShare: Math.min(1, p.unit.feeShare) }),
    breakEven: line.uplift,
    baselineUnits: B,
    promoUnits,
    extraUnits,
    pulledForwardUnits,
    baselineRevenue,
    promoRevenue,
    pulledForwardRevenue,
    incrementalRevenue: noNegativeZero(promoRevenue - baselineRevenue - pulledForwardRevenue),
    discountCost,
    subsidy: money(B * i.price * p.d),
    baselineContribution,
    promoContribution,
    pulledForwardContribution,
    cannibalisedContribution,
    fixedCosts,
    incrementalProfit,
    promotionCost,
    roi: promotionCost > 0 ? noNegativeZero(incrementalProfit / promotionCost) : null,
    // Rounded once, half up to two decimals, read as decimals: the figure on screen, in the math and in the CSV.
    roas: i.adSpend > 0 ? roasOf(promoRevenue, i.adSpend) : null,
    verdict,
  };
}

/**
 * Revenue ÷ ad spend, rounded half up to two decimals once (1.025 is 1.03, not the 1.02 a binary product gives).
 * @example roasOf(328_000, 320_000) //=> 1.03
 */
export function roasOf(revenue: number, adSpend: number): number | null {
  const amount = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1e15;
  if (!amount(revenue) || !amount(adSpend) || adSpend < 1) return null;
  const hundredths = roundRatio([revenue, 100], [adSpend], 'half-up');
  return hundredths === null ? null : noNegativeZero(hundredths / 100);
}

/**
 * The seller's view of a promotion: incremental revenue and profit against the same period without it,
 * ROI on the money the promotion costs, the platform-style ROAS, the break-even uplift and a verdict.
 *
 * Incremental profit = promotion units × contribution after the discount − baseline units × full
 * contribution − pulled-forward units × full contribution − cannibalised contribution − fixed costs.
 * @example
 * const r = promotionResult({ currency: 'CNY', price: 10000, unitCost: 6000, fixedFees: 0, fees: [], vatRate: 0,
 *   pricesIncludeVat: true, baselineUnits: 100, mechanism: { kind: 'percent', rate: 0.2 },
 *   baskets: [{ value: 10000, items: 1, share: 1 }], uplift: 1, pulledForward: 0, cannibalisedUnits: 0,
 *   cannibalisedMargin: 0, adSpend: 0, creativeCost: 0, giftCost: 0 });
 * r.ok && r.incrementalProfit //=> 0 (40 % margin, 20 % off, +100 % volume: exactly break-even)
 */
export function promotionResult(input: PromotionInput): PromotionResult {
  input = withoutNegativeZero(input);
  const p = input && typeof input === 'object' ? prepare(input) : invalidInput('input', 'wrong-type');
  if ('reason' in p) return p;
  return { ok: true, ...outcomeAt(p, input.uplift) };
}

/**
 * Incremental profit at evenly spaced uplifts, for the profit-against-uplift chart; or the input refused.
 * @example profitCurve(input, 0, 2, 4).points.map((p) => p.uplift) //=> [0, 0.5, 1, 1.5, 2]
 */
export function profitCurve(input: PromotionInput, from: number, to: number, steps = 40): { ok: true; points: { uplift: number; profit: number }[] } | InvalidInput {
  input = withoutNegativeZero(input);
  from = withoutNegativeZero(from);
  to = withoutNegativeZero(to);
  steps = withoutNegativeZero(steps);
  const p = input && typeof input === 'object' ? prepare(input) : invalidInput('input', 'wrong-type');
  if ('reason' in p) return p;
  const bad = firstInvalid([
    ['from', from, { min: 0, max: 100 }],
    ['to', to, { min: 0, max: 100 }],
    ['steps', steps, { min: 1, max: 400, integer: true }],
  ]);
  if (bad) return bad;
  const lo = Math.max(0, Math.min(from, to));
  const hi = Math.min(100, Math.max(from, to, lo + 0.01));
  const n = Math.max(1, Math.min(400, Math.floor(steps)));
  const points: { uplift: number; profit: number }[] = [];
  for (let k = 0; k <= n; k++) {
    const uplift = noNegativeZero(Math.round((lo + ((hi - lo) * k) / n) * 1e9) / 1e9);
    points.push({ uplift, profit: outcomeAt(p, uplift).incrementalProfit });
  }
  return { ok: true, points };
}
