/**
 * Decision guide "Should we join this promotion?": the platform's offer stacked with the store's own coupon,
 * the lowest price a customer can reach, the margin left at that price, the uplift that pays for it, and a
 * recommendation against the uplift the team expects (a range). Every discount and break-even figure comes
 * from the promotion calculator's module (`lib/calc/promotion`); this module only chooses the worst-case order
 * and states the rule.
 *
 * The rule (written on the page too): with B the break-even uplift at the worst-case price (pull-forward
 * counted) and L–H the expected uplift, join when L ≥ B, skip when H < B (or when no uplift can pay), and
 * otherwise join with a cap or with excluded SKUs. With L = H the advice flips exactly at B.
 */
import * as z from 'zod/mini';
import { roundMinor, noNegativeZero, type Currency } from '../money';
import { currencySchema, moneySchema, rateSchema } from '../calc/shared/schema';
import { MONEY_LIMIT } from '../calc/shared/limits';
import { defaultAssumptions } from '../calc/shared/defaults';
import type { Assumptions } from '../calc/shared/schema';
import { invalidInput, schemaProblem, withoutNegativeZero, type InvalidInput } from '../calc/shared/input-error';
import { effectiveDiscount, perItemCost, promotionResult, type Mechanism } from '../calc/promotion';
import { clampOffer, defaultOffer, defaultPromotionState, promotionFormSchema, type PromotionState } from '../calc/promotion/schema';

/** The platform offers the guide weighs: cross-store 满减, 每满减, a percentage off, a presale deposit boost. */
export const platformKinds = ['threshold', 'perMultiple', 'percent', 'deposit'] as const;
export type PlatformKind = (typeof platformKinds)[number];

const thresholdSchema = z.number().check(z.int(), z.gte(1), z.lte(MONEY_LIMIT));
const upliftSchema = z.number().check(z.gte(0), z.lte(100));

/** The guide's answers: what it stores in the page and carries to the promotion calculator. */
/** The guide weighs the offer alone: no cannibalisation, ads, creative or gifts. */
const noExtraCosts = { cannibalisedUnits: 0, cannibalisedMargin: 0, adSpend: 0, creativeCost: 0, giftCost: 0 } as const;

// The product's fields are the promotion calculator's, so the guide refuses exactly what the calculator refuses.
const { price, unitCost, fixedFees, fees, vatRate, pricesIncludeVat } = promotionFormSchema.shape;
export const joinInputSchema = z.object({
  currency: currencySchema,
  price,
  unitCost,
  /** Per order, as the pricing calculator has it; spread over the items of the worst-case order. */
  fixedFees,
  fees,
  vatRate,
  pricesIncludeVat,
  platform: z.object({
    kind: z.enum(platformKinds),
    threshold: thresholdSchema,
    off: moneySchema,
    cap: moneySchema,
    rate: rateSchema,
    deposit: moneySchema,
    multiplier: z.number().check(z.gte(1), z.lte(20)),
  }),
  /** The store's own coupon; an amount or a rate of 0 means no coupon. */
  coupon: z.object({ type: z.enum(['fixed', 'percent']), off: moneySchema, minSpend: moneySchema, rate: rateSchema }),
  upliftLow: upliftSchema,
  upliftHigh: upliftSchema,
  pulledForward: rateSchema,
});
export type JoinInput = z.infer<typeof joinInputSchema>;

/** The answers the shared assumptions fill in (what a reader set in the pricing or promotion calculator). */
export function fromAssumptions(a: Assumptions): Pick<JoinInput, 'currency' | 'price' | 'unitCost' | 'fixedFees' | 'fees' | 'vatRate' | 'pricesIncludeVat'> {
  return { currency: a.currency, price: Math.max(1, a.price), unitCost: a.unitCost, fixedFees: a.fixedFees, fees: a.fees, vatRate: a.vatRate, pricesIncludeVat: a.pricesIncludeVat };
}

/**
 * The worked example: the ¥81 insulated bottle of section 3.2 in a 双11 cross-store 每满300减50, with the
 * store's own ¥10 coupon on orders from ¥150, expected to sell 60–120 % more, a fifth of the extra pulled
 * forward from the weeks around it.
 */
export const defaultJoinInput: JoinInput = {
  ...fromAssumptions(defaultAssumptions),
  platform: { kind: 'perMultiple', threshold: 30000, off: 5000, cap: 0, rate: 0.15, deposit: 1000, multiplier: 2 },
  coupon: { type: 'fixed', off: 1000, minSpend: 15000, rate: 0.1 },
  upliftLow: 0.6,
  upliftHigh: 1.2,
  pulledForward: 0.2,
};

/** The platform offer as the promotion module's mechanism. */
export function platformMechanism(p: JoinInput['platform']): Mechanism {
  switch (p.kind) {
    case 'threshold':
      return { kind: 'threshold', threshold: p.threshold, off: p.off };
    case 'perMultiple':
      return { kind: 'perMultiple', threshold: p.threshold, off: p.off, cap: p.cap };
    case 'percent':
      return { kind: 'percent', rate: p.rate };
    case 'deposit':
      return { kind: 'deposit', deposit: p.deposit, multiplier: p.multiplier };
  }
}

export type Recommendation = 'join' | 'cap' | 'skip';

/** A reason for the recommendation: a message key, its values, and the section that explains it. */
export interface Reason {
  key: 'breakEven.below' | 'breakEven.inside' | 'breakEven.above' | 'breakEven.none' | 'margin.loss' | 'margin.thin' | 'margin.ok' | 'pullForward' | 'stock' | 'range' | 'capPrice';
  /** Money values in minor units, rates as decimals; the page formats them. */
  values: Record<string, number>;
  section: { chapter: string; id: string; number: string };
}

export interface WorstCase {
  /** Units of this product in the worst-case order: the fewest that reach the coupon's minimum spend. */
  units: number;
  /** Their value at the regular price. */
  orderValue: number;
  couponOff: number;
  /** The order value the platform offer is counted on: the customer tops up with other stores' items to exactly where the offer pays most. */
  platformBase: number;
  platformOff: number;
  /** What the customer pays for these units. */
  paid: number;
  /** Per unit, rounded half up to the minor unit. */
  unitPrice: number;
  /** Everything off ÷ order value. */
  discountRate: number;
}

export interface JoinOutcome {
  currency: Currency;
  worst: WorstCase;
  /** Contribution per unit at the regular and at the worst-case price (minor units), and margin on each price. */
  contribution: number;
  contributionAtWorst: number;
  margin: number;
  marginAtWorst: number;
  /** The uplift at which the promotion earns what the same weeks earn without it, pull-forward counted; `null` when none can. */
  breakEven: number | null;
  /** The lowest worst-case price per unit at which the low end of the expected uplift still breaks even; `null` when none. */
  capPrice: number | null;
  recommendation: Recommendation;
  reasons: Reason[];
}

export type JoinResult = ({ ok: true } & JoinOutcome) | InvalidInput;

/** More units than this to reach a coupon's minimum spend: the coupon is out of a real customer's reach. */
const MAX_UNITS = 99;
/** A margin at the worst-case price below this is called thin. */
export const THIN_MARGIN = 0.1;

const section = (chapter: string, id: string, number: string) => ({ chapter, id, number });
export const sections = {
  pricing: section('03-core-strategies', 'pricing-and-promotion', '3.2'),
  supply: section('03-core-strategies', 'supply-chain', '3.4'),
  optimisation: section('06-data-driven', 'marketing-optimisation', '6.3'),
  forecasting: section('06-data-driven', 'forecasting-and-risk', '6.4'),
} as const;

/**
 * The recommendation for an expected uplift range against the break-even uplift: the whole rule.
 * @example recommend(0.5, 0.6, 0.5) //=> 'join'
 * @example recommend(0.49, 0.6, 0.5) //=> 'cap'
 * @example recommend(0.3, 0.49, 0.5) //=> 'skip'
 */
export function recommend(low: number, high: number, breakEven: number | null): Recommendation {
  if (breakEven === null) return 'skip';
  if (low >= breakEven) return 'join';
  if (high < breakEven) return 'skip';
  return 'cap';
}

/**
 * The order values where the platform offer may give its largest share, given the store's own items: those
 * items alone, or topped up with other stores' items to the threshold (or to the next whole multiple of it).
 * With a cap on 每满减 the first can beat the second, so both are tried.
 */
function platformBases(p: JoinInput['platform'], own: number): number[] {
  if (p.kind === 'threshold') return [own, Math.max(own, p.threshold)];
  if (p.kind === 'perMultiple') return [own, Math.max(p.threshold, Math.ceil(own / p.threshold) * p.threshold)];
  return [own];
}

/**
 * The guide's answer for one set of inputs, or the input refused naming its field.
 *
 * The worst case: a customer buys the fewest units that reach the store coupon's minimum spend, the coupon
 * comes off first, and the platform offer is counted on the rest topped up with other stores' items to the
 * order value where it gives the largest share (the threshold, or the next multiple). A deposit boost and a
 * percentage apply to the store's own items.
 */
export function joinPromotion(input: JoinInput): JoinResult {
  input = withoutNegativeZero(input);
  const bad = schemaProblem(joinInputSchema, input);
  if (bad) return bad;
  const p = input.platform;
  if ((p.kind === 'threshold' || p.kind === 'perMultiple') && p.off > p.threshold) return invalidInput('platform.off', 'out-of-range');
  if (input.upliftHigh < input.upliftLow) return invalidInput('upliftHigh', 'out-of-range');

  const c = input.coupon;
  const couponUsed = c.type === 'fixed' ? c.off > 0 : c.rate > 0;
  const needed = couponUsed && c.type === 'fixed' ? Math.max(1, Math.ceil(c.minSpend / input.price)) : 1;
  if (needed > MAX_UNITS) return invalidInput('coupon.minSpend', 'out-of-range');
  const units = needed;
  const orderValue = input.price * units;
  if (orderValue > MONEY_LIMIT) return invalidInput('price', 'out-of-range');

  const coupon = couponUsed
    ? effectiveDiscount({ kind: 'stacked', coupons: [c.type === 'fixed' ? { type: 'fixed', off: c.off, minSpend: c.minSpend } : { type: 'percent', rate: c.rate }] }, { value: orderValue, items: units })
    : effectiveDiscount({ kind: 'percent', rate: 0 }, { value: orderValue, items: units });
  if (!coupon.ok) return invalidInput(`coupon.${coupon.field}`, coupon.problem);
  const own = coupon.paid;
  const mechanism = platformMechanism(p);
  let base = own;
  let platformOff = 0;
  if (own > 0) {
    if (p.kind === 'threshold' || p.kind === 'perMultiple') {
      // The offer is shared over the whole cross-store order in proportion to value (how platforms allocate 满减).
      let best = -1;
      for (const candidate of platformBases(p, own)) {
        if (candidate > MONEY_LIMIT) return invalidInput('platform.threshold', 'out-of-range');
        const at = effectiveDiscount(mechanism, { value: candidate, items: 1 });
        if (!at.ok) return invalidInput(`platform.${at.field}`, at.problem);
        if (at.rate > best) [best, base] = [at.rate, candidate];
      }
      const share = effectiveDiscount({ kind: 'percent', rate: best }, { value: own, items: units });
      if (!share.ok) return invalidInput('platform', share.problem);
      platformOff = share.discount;
    } else {
      const d = effectiveDiscount(mechanism, { value: own, items: units });
      if (!d.ok) return invalidInput(`platform.${d.field}`, d.problem);
      platformOff = d.discount;
    }
  }
  const paid = own - platformOff;
  const discountRate = noNegativeZero((orderValue - paid) / orderValue);

  const perItem = perItemCost(input.fixedFees, [{ value: orderValue, items: units, share: 1 }]);
  if (!perItem.ok) return invalidInput('fixedFees', perItem.problem);
  const economics = (low: number, rate: number) =>
    promotionResult({
      currency: input.currency,
      price: input.price,
      unitCost: input.unitCost,
      fixedFees: perItem.perItem,
      fees: input.fees,
      vatRate: input.vatRate,
      pricesIncludeVat: input.pricesIncludeVat,
      baselineUnits: 1000,
      mechanism: { kind: 'percent', rate },
      // The worst-case order itself, so the rate's discount is its exact amount off.
      baskets: [{ value: orderValue, items: units, share: 1 }],
      uplift: low,
      pulledForward: input.pulledForward,
      ...noExtraCosts,
    });
  const r = economics(input.upliftLow, discountRate);
  if (!r.ok) return r;
  const marginAtWorst = discountRate < 1 ? noNegativeZero(r.unit.marginAfter / (1 - discountRate)) : 0;
  const breakEven = r.breakEven;
  const recommendation = recommend(input.upliftLow, input.upliftHigh, breakEven);
  const capRate = capDiscount(r.unit.margin, r.unit.feeShare, input.pulledForward, input.upliftLow);
  const capPrice = capRate === null ? null : roundMinor(input.price * (1 - capRate), 'up');
  const worst: WorstCase = {
    units,
    orderValue,
    couponOff: coupon.discount,
    platformBase: base,
    platformOff,
    paid,
    unitPrice: roundMinor(paid / units, 'half-up'),
    discountRate,
  };
  return {
    ok: true,
    currency: input.currency,
    worst,
    contribution: r.unit.contribution,
    contributionAtWorst: r.unit.contributionAfter,
    margin: r.unit.margin,
    marginAtWorst,
    breakEven,
    capPrice,
    recommendation,
    reasons: reasonsFor(input, recommendation, breakEven, marginAtWorst, r.unit.contributionAfter, capPrice),
  };
}

/**
 * The largest discount off the shown price whose break-even uplift is the low end of the range: from the
 * break-even of the promotion module, u = d(1−f) ÷ ((1−p)m − d(1−f)), solved for d. `null` when the regular
 * price earns nothing.
 */
function capDiscount(margin: number, feeShare: number, pulledForward: number, low: number): number | null {
  if (!(margin > 0) || feeShare >= 1) return null;
  const d = (low * (1 - pulledForward) * margin) / ((1 - feeShare) * (1 + low));
  return Number.isFinite(d) ? noNegativeZero(Math.min(1, Math.max(0, d))) : null;
}

function reasonsFor(i: JoinInput, rec: Recommendation, breakEven: number | null, marginAtWorst: number, contributionAtWorst: number, capPrice: number | null): Reason[] {
  const range = { low: i.upliftLow, high: i.upliftHigh };
  const first: Reason =
    breakEven === null
      ? { key: 'breakEven.none', values: range, section: sections.pricing }
      : { key: rec === 'join' ? 'breakEven.below' : rec === 'skip' ? 'breakEven.above' : 'breakEven.inside', values: { ...range, breakEven }, section: sections.pricing };
  const second: Reason = {
    key: contributionAtWorst <= 0 ? 'margin.loss' : marginAtWorst < THIN_MARGIN ? 'margin.thin' : 'margin.ok',
    values: { margin: marginAtWorst, contribution: contributionAtWorst },
    section: sections.pricing,
  };
  let third: Reason;
  if (rec === 'cap' && capPrice !== null) third = { key: 'capPrice', values: { capPrice, low: i.upliftLow }, section: sections.optimisation };
  else if (i.pulledForward > 0) third = { key: 'pullForward', values: { pulledForward: i.pulledForward }, section: sections.forecasting };
  else if (rec === 'join') third = { key: 'stock', values: { high: i.upliftHigh }, section: sections.supply };
  else third = { key: 'range', values: range, section: sections.optimisation };
  return [first, second, third];
}

/**
 * The promotion calculator's share state for the same inputs ("Open in the promotion calculator"): the
 * platform offer as promotion A, measured on the worst-case order, and the whole worst-case stack as a
 * percentage off as promotion B, both at the low end of the expected uplift, with the same pull-forward.
 */
export function promotionLinkState(input: JoinInput, outcome: JoinOutcome): PromotionState {
  const perItem = perItemCost(input.fixedFees, [{ value: outcome.worst.orderValue, items: outcome.worst.units, share: 1 }]);
  const p = input.platform;
  const offer = clampOffer({ ...defaultOffer, kind: p.kind, rate: p.rate, threshold: p.threshold, off: p.off, cap: p.cap, deposit: p.deposit, multiplier: p.multiplier });
  const isItem = p.kind === 'deposit';
  return {
    ...defaultPromotionState,
    currency: input.currency,
    price: input.price,
    unitCost: input.unitCost,
    fixedFees: perItem.ok ? perItem.perItem : input.fixedFees,
    fees: input.fees,
    vatRate: input.vatRate,
    pricesIncludeVat: input.pricesIncludeVat,
    baskets: [{ value: Math.min(MONEY_LIMIT, isItem ? outcome.worst.orderValue : Math.max(outcome.worst.platformBase, outcome.worst.orderValue)), items: outcome.worst.units, share: 1 }],
    a: { offer, uplift: input.upliftLow },
    b: { offer: { ...defaultOffer, kind: 'percent', rate: outcome.worst.discountRate }, uplift: input.upliftLow },
    pulledForward: input.pulledForward,
    ...noExtraCosts,
  };
}
