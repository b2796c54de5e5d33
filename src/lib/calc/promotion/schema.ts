/**
 * The promotion calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three: a value that passes here never breaks `promotion.ts`, which refuses cross-field contradictions with a typed error.
 */
import * as z from 'zod/mini';
import { currencySchema, feeSchema, moneySchema, rateSchema, type Assumptions } from '../shared/schema';
import { MONEY_LIMIT } from '../shared/limits';
import { defaultAssumptions, defaultFees } from '../shared/defaults';
import { mechanismKinds, type Mechanism, type PromotionInput } from './core';
import { perItemCost } from './index';

const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
/** A threshold must be at least one minor unit, so "per multiple of X" always means something. */
const thresholdSchema = z.number().check(z.int(), z.gte(1), z.lte(MONEY_LIMIT));

const tierSchema = z.object({ threshold: thresholdSchema, off: moneySchema });
const couponSchema = z.object({ type: z.enum(['percent', 'fixed']), rate: rateSchema, off: moneySchema, minSpend: moneySchema });

/**
 * An offer as the form keeps it: the chosen mechanism and the parameters of every mechanism, so switching
 * back and forth keeps what was typed. A flat record costs the shared zod chunk nothing that the pricing
 * calculator does not already load (a discriminated union adds about 1 kB gzip to every calculator page).
 * Cross-field rules (an amount off above its threshold) are the module's to refuse, with a typed error.
 */
export const offerSchema = z.object({
  kind: z.enum(mechanismKinds),
  rate: rateSchema,
  threshold: thresholdSchema,
  off: moneySchema,
  cap: moneySchema,
  tiers: z.array(tierSchema).check(z.maxLength(6)),
  coupons: z.array(couponSchema).check(z.maxLength(4)),
  buy: int(1, 99),
  free: int(1, 99),
  nth: int(2, 99),
  nthRate: rateSchema,
  flashPrice: moneySchema,
  deposit: moneySchema,
  multiplier: z.number().check(z.gte(1), z.lte(20)),
});
export type Offer = z.infer<typeof offerSchema>;

/**
 * The module's mechanism for an offer: only the chosen kind's parameters.
 * @example mechanismOf({ ...defaultOffer, kind: 'nthItem' }) //=> { kind: 'nthItem', nth: 2, rate: 0.5 }
 */
export function mechanismOf(o: Offer): Mechanism {
  switch (o.kind) {
    case 'percent':
      return { kind: 'percent', rate: o.rate };
    case 'threshold':
      return { kind: 'threshold', threshold: o.threshold, off: o.off };
    case 'perMultiple':
      return { kind: 'perMultiple', threshold: o.threshold, off: o.off, cap: o.cap };
    case 'tiered':
      return { kind: 'tiered', tiers: o.tiers.map((t) => ({ threshold: t.threshold, off: t.off })) };
    case 'stacked':
      return {
        kind: 'stacked',
        coupons: o.coupons.map((c) => (c.type === 'percent' ? { type: 'percent', rate: c.rate } : { type: 'fixed', off: c.off, minSpend: c.minSpend })),
      };
    case 'buyNGetM':
      return { kind: 'buyNGetM', buy: o.buy, free: o.free };
    case 'nthItem':
      return { kind: 'nthItem', nth: o.nth, rate: o.nthRate };
    case 'flashSale':
      return { kind: 'flashSale', flashPrice: o.flashPrice };
    case 'deposit':
      return { kind: 'deposit', deposit: o.deposit, multiplier: o.multiplier };
  }
}

/**
 * Keeps an offer valid while it is edited: an amount off never above its threshold.
 * @example clampOffer({ ...defaultOffer, threshold: 20000, off: 30000 }).off //=> 20000
 */
export function clampOffer(o: Offer): Offer {
  return { ...o, off: Math.min(o.off, o.threshold), tiers: o.tiers.map((t) => ({ ...t, off: Math.min(t.off, t.threshold) })) };
}

/** Starting values for every mechanism (prices in fen): 8.5折, 满300减50, tiers 200/400/600, … */
export const defaultOffer: Offer = {
  kind: 'threshold',
  rate: 0.15,
  threshold: 30000,
  off: 5000,
  cap: 0,
  tiers: [{ threshold: 20000, off: 2000 }, { threshold: 40000, off: 5000 }, { threshold: 60000, off: 9000 }],
  coupons: [{ type: 'percent', rate: 0.1, off: 0, minSpend: 0 }, { type: 'fixed', rate: 0, off: 2000, minSpend: 20000 }],
  buy: 1,
  free: 1,
  nth: 2,
  nthRate: 0.5,
  flashPrice: 6900,
  deposit: 1000,
  multiplier: 2,
};

export const bandSchema = z.object({ value: moneySchema, items: int(0, 10_000), share: rateSchema });

/** One promotion of the comparison: its mechanism and the volume increase expected from it. */
export const scenarioSchema = z.object({
  offer: offerSchema,
  /** Decimal, up to +10 000 %. */
  uplift: z.number().check(z.gte(0), z.lte(100)),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** What the promotion calculator keeps in its store; the currency is the shared one, in `$assumptions`. */
export const promotionFormSchema = z.object({
  price: z.number().check(z.int(), z.gte(1), z.lte(MONEY_LIMIT)),
  unitCost: moneySchema,
  fixedFees: moneySchema,
  fees: z.array(feeSchema).check(z.maxLength(3)),
  vatRate: rateSchema,
  pricesIncludeVat: z.boolean(),
  baselineUnits: int(1, 1_000_000_000),
  /** Shares may all be zero (or the list empty) while being edited; the module then reports it instead of dividing. */
  baskets: z.array(bandSchema).check(z.maxLength(6)),
  a: scenarioSchema,
  b: scenarioSchema,
  pulledForward: rateSchema,
  cannibalisedUnits: int(0, 1_000_000_000),
  cannibalisedMargin: moneySchema,
  adSpend: moneySchema,
  creativeCost: moneySchema,
  giftCost: moneySchema,
});
export type PromotionForm = z.infer<typeof promotionFormSchema>;

/** Everything a promotion share link carries: the form and the shared currency. */
export const promotionStateSchema = z.extend(promotionFormSchema, { currency: currencySchema });
export type PromotionState = z.infer<typeof promotionStateSchema>;

/**
 * The worked example of section 3.2: the ¥81 insulated bottle from the pricing example, 1 000 units in a
 * normal week, half the orders below ¥300. Promotion A is 满300减50, promotion B is 8.5折, both expected to
 * lift volume by 80 %.
 */
export const defaultPromotionForm: PromotionForm = {
  price: 8100,
  unitCost: 5000,
  fixedFees: 30,
  fees: defaultFees,
  vatRate: 0,
  pricesIncludeVat: true,
  baselineUnits: 1000,
  baskets: [
    { value: 16200, items: 2, share: 0.5 },
    { value: 32400, items: 4, share: 0.35 },
    { value: 64800, items: 8, share: 0.15 },
  ],
  a: { offer: defaultOffer, uplift: 0.8 },
  b: { offer: { ...defaultOffer, kind: 'percent' }, uplift: 0.8 },
  pulledForward: 0.1,
  cannibalisedUnits: 30,
  cannibalisedMargin: 1500,
  adSpend: 300000,
  creativeCost: 50000,
  giftCost: 0,
};

/** The worked example with the shared default currency: what a share link of the example carries. */
export const defaultPromotionState: PromotionState = { ...defaultPromotionForm, currency: defaultAssumptions.currency };

/**
 * The module's input for promotion A or B of a state: the shared numbers with that promotion's mechanism and uplift.
 * @example promotionInput(defaultPromotionState, 'b').mechanism //=> { kind: 'percent', rate: 0.15 }
 */
export function promotionInput(s: PromotionState, which: 'a' | 'b'): PromotionInput {
  const { a, b, ...shared } = s;
  const scenario = which === 'a' ? a : b;
  return { ...shared, mechanism: mechanismOf(scenario.offer), uplift: scenario.uplift };
}

/** What "use my pricing result" fills in, and how the fixed fee per order became a cost per item. */
export interface FromPricing {
  patch: Pick<PromotionState, 'currency' | 'price' | 'unitCost' | 'fixedFees' | 'fees' | 'vatRate' | 'pricesIncludeVat'>;
  /** The pricing calculator's fixed fees, per order, minor units. */
  perOrder: number;
  /** Items per order of the order bands the fee was spread over; `null` when the bands hold no items (one item per order is assumed). */
  itemsPerOrder: number | null;
}

/**
 * The product as the pricing calculator has it: the shared assumptions and the price on its screen (at
 * least one minor unit, as the promotion needs a price). The pricing calculator's fixed fees are per order;
 * the promotion's fixed costs are per item, so the fee is spread over the items per order of `bands`.
 * @example fromPricing(defaultAssumptions, 8100, defaultPromotionForm.baskets).patch.fixedFees //=> 8 (30 ÷ 3.6 items)
 */
export function fromPricing(a: Assumptions, price: number, bands: readonly PromotionForm['baskets'][number][]): FromPricing {
  const spread = perItemCost(a.fixedFees, bands);
  return {
    patch: {
      currency: a.currency,
      price: Math.min(MONEY_LIMIT, Math.max(1, Math.round(Number.isFinite(price) ? price : 1))),
      unitCost: a.unitCost,
      fixedFees: spread.ok ? spread.perItem : a.fixedFees,
      fees: a.fees,
      vatRate: a.vatRate,
      pricesIncludeVat: a.pricesIncludeVat,
    },
    perOrder: a.fixedFees,
    itemsPerOrder: spread.ok ? spread.itemsPerOrder : null,
  };
}

/** Most order bands and offer tiers a form holds. */
export const MAX_BANDS = 6;
export const MAX_TIERS = 6;

/** The order band a reader adds: one item at the product's price, with no share yet. */
export function newBand(s: Pick<PromotionState, 'price'>): PromotionState['baskets'][number] {
  return { value: s.price, items: 1, share: 0 };
}

/** The tier a reader adds to a tiered offer: twice the last threshold and amount off, within the money limit. */
export function nextTier(tiers: Offer['tiers']): Offer['tiers'][number] {
  const last = tiers[tiers.length - 1] ?? { threshold: 10000, off: 1000 };
  return { threshold: Math.min(MONEY_LIMIT, last.threshold * 2), off: Math.min(MONEY_LIMIT, last.off * 2) };
}

/** The coupon a reader adds to a stack: 10 % off. */
export function newCoupon(): Offer['coupons'][number] {
  return { type: 'percent', rate: 0.1, off: 0, minSpend: 0 };
}
