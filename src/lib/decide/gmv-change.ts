/**
 * Decision guide "GMV moved — why?": GMV = visitors × conversion rate × average order value, per channel, in
 * two periods (or this period against plan); the change split exactly into a traffic, a conversion and an
 * order-value effect, the channel that moved most and the sections to read next.
 *
 * The split is the Shapley decomposition: each factor's effect is its marginal change averaged over the six
 * orders in which the three factors can be changed one after another. Unlike the chain method it does not
 * depend on which factor goes first; unlike LMDI (the logarithmic mean) it takes no logarithms, so a channel
 * that opens or closes (a factor at zero) needs no limit or substitute value; and for three factors it sums
 * to the change exactly. The parts are then rounded to the cent with the remainder given by largest
 * remainder, so they add up to the change in minor units.
 */
import * as z from 'zod/mini';
import { noNegativeZero, roundMinor, type Currency } from '../money';
import { currencySchema, moneySchema, rateSchema } from '../calc/shared/schema';
import { MONEY_LIMIT } from '../calc/shared/limits';
import { invalidInput, schemaProblem, withoutNegativeZero, type InvalidInput } from '../calc/shared/input-error';

export const MAX_CHANNELS = 12;
export const MAX_VISITORS = 1_000_000_000;

const periodSchema = z.object({
  visitors: z.number().check(z.int(), z.gte(0), z.lte(MAX_VISITORS)),
  conversion: rateSchema,
  /** Average order value, minor units. */
  aov: moneySchema,
});
export type Period = z.infer<typeof periodSchema>;

const channelSchema = z.object({ name: z.string().check(z.maxLength(40)), before: periodSchema, after: periodSchema });
export type Channel = z.infer<typeof channelSchema>;

export const gmvInputSchema = z.object({
  currency: currencySchema,
  /** What the first period is: an earlier period, or the plan for this one. */
  against: z.enum(['previous', 'plan']),
  channels: z.array(channelSchema).check(z.minLength(1), z.maxLength(MAX_CHANNELS)),
});
export type GmvInput = z.infer<typeof gmvInputSchema>;

export const effects = ['traffic', 'conversion', 'orderValue'] as const;
export type Effect = (typeof effects)[number];
export type Effects = Record<Effect, number>;

export interface ChannelChange {
  name: string;
  /** GMV of each period, minor units (visitors × conversion × order value, rounded half up once). */
  before: number;
  after: number;
  change: number;
  /** The change split into the three effects, minor units, adding up to `change` exactly. */
  effects: Effects;
}

export interface SectionRef {
  chapter: string;
  id: string;
  number: string;
}

export interface GmvOutcome {
  currency: Currency;
  before: number;
  after: number;
  change: number;
  /** change ÷ before; `null` when the first period had no GMV. */
  changeRate: number | null;
  /** Sums of the channels' effects: they add up to `change` exactly. */
  effects: Effects;
  channels: ChannelChange[];
  /** The effect with the largest size (ties: traffic, then conversion); `null` when nothing moved. */
  dominant: Effect | null;
  /** The index of the channel whose GMV moved most in size (ties: the first); `null` when nothing moved. */
  movedMost: number | null;
  next: SectionRef[];
}
export type GmvResult = ({ ok: true } & GmvOutcome) | InvalidInput;

const ref = (chapter: string, id: string, number: string): SectionRef => ({ chapter, id, number });
/** What to read next when an effect dominates, in order. */
export const readNext: Record<Effect | 'none', SectionRef[]> = {
  traffic: [ref('05-marketing', 'seo-and-ads', '5.3'), ref('03-core-strategies', 'channels', '3.3'), ref('05-marketing', 'content-marketing', '5.1')],
  conversion: [ref('04-customer-experience', 'purchase-flow', '4.2'), ref('04-customer-experience', 'interface-design', '4.1'), ref('06-data-driven', 'marketing-optimisation', '6.3')],
  orderValue: [ref('03-core-strategies', 'pricing-and-promotion', '3.2'), ref('03-core-strategies', 'product', '3.1'), ref('06-data-driven', 'kpis', '6.2')],
  none: [ref('06-data-driven', 'kpis', '6.2'), ref('06-data-driven', 'why-data', '6.1'), ref('06-data-driven', 'marketing-optimisation', '6.3')],
};

/**
 * One period's GMV in minor units: visitors × conversion × order value, rounded half up once.
 * @example gmvOf({ visitors: 10000, conversion: 0.03, aov: 8100 }) //=> 2430000
 */
export function gmvOf(p: Period): number {
  return noNegativeZero(roundMinor(p.visitors * p.conversion * p.aov, 'half-up'));
}

/**
 * The Shapley split of a product of three factors between two periods, in real minor units: each factor's
 * change times the average of the other two factors' products over the six orders of change
 * (a third at both "before", a third at both "after", a sixth at each mix). The three add up to
 * after − before exactly, and a factor at zero needs no special case.
 * @example shapley3([100, 0.02, 5000], [100, 0.03, 5000]) //=> [0, 5000, 0]
 */
export function shapley3(before: readonly [number, number, number], after: readonly [number, number, number]): [number, number, number] {
  const part = (k: number) => {
    const [i, j] = [0, 1, 2].filter((x) => x !== k) as [number, number];
    const weight = (before[i]! * before[j]! + after[i]! * after[j]!) / 3 + (before[i]! * after[j]! + after[i]! * before[j]!) / 6;
    return (after[k]! - before[k]!) * weight;
  };
  return [part(0), part(1), part(2)];
}

/**
 * Whole parts of an integer total from real parts that add up to about it (signed), by largest remainder:
 * the floors, then one unit each to the largest fractional parts (or from the smallest, when the floors
 * overshoot); ties go to the earlier part. `money.allocate` does the same for non-negative weights only.
 * @example roundParts(10, [3.4, 3.3, 3.3]) //=> [4, 3, 3]
 * @example roundParts(-10, [-3.4, -3.3, -3.3]) //=> [-4, -3, -3]
 */
export function roundParts(total: number, reals: readonly number[]): number[] {
  if (reals.length === 0) return [];
  // Spread the gap between the total and the reals' sum (the rounding of each period's GMV) evenly first.
  const gap = (total - reals.reduce((s, x) => s + x, 0)) / reals.length;
  const shifted = reals.map((x) => x + gap);
  const parts = shifted.map((x) => Math.floor(x));
  let left = total - parts.reduce((s, x) => s + x, 0);
  // Remainders compared to 1e-9, so float noise does not break a tie that is exact on paper.
  const byRemainder = shifted.map((x, i) => ({ i, rem: Math.round((x - Math.floor(x)) * 1e9) / 1e9 }));
  if (left > 0) {
    const order = [...byRemainder].sort((a, b) => b.rem - a.rem || a.i - b.i);
    for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  } else if (left < 0) {
    const order = [...byRemainder].sort((a, b) => a.rem - b.rem || a.i - b.i);
    for (let k = 0; left < 0; k = (k + 1) % order.length, left++) parts[order[k]!.i]! -= 1;
  }
  return parts.map(noNegativeZero);
}

const factors = (p: Period): [number, number, number] => [p.visitors, p.conversion, p.aov];

/** The largest in size of a list (ties: the first); `null` when all are zero. */
function largest(values: readonly number[]): number | null {
  let best: number | null = null;
  values.forEach((v, i) => {
    if (v !== 0 && (best === null || Math.abs(v) > Math.abs(values[best]!))) best = i;
  });
  return best;
}

/**
 * The change in GMV between two periods, split exactly into traffic, conversion and order-value effects
 * per channel and in total; or the input refused, naming its field (`channels.2.after.aov`).
 * @example
 * const r = gmvChange({ currency: 'CNY', against: 'previous', channels: [{ name: 'Tmall',
 *   before: { visitors: 10000, conversion: 0.03, aov: 8000 }, after: { visitors: 12000, conversion: 0.03, aov: 8000 } }] });
 * r.ok && r.effects //=> { traffic: 480000, conversion: 0, orderValue: 0 }
 */
export function gmvChange(input: GmvInput): GmvResult {
  input = withoutNegativeZero(input);
  const bad = schemaProblem(gmvInputSchema, input);
  if (bad) return bad;
  const channels: ChannelChange[] = [];
  for (const [index, ch] of input.channels.entries()) {
    for (const period of ['before', 'after'] as const) {
      // GMV beyond the money limit cannot be shown or summed safely; the order value names the field to fix.
      if (ch[period].visitors * ch[period].conversion * ch[period].aov > MONEY_LIMIT) return invalidInput(`channels.${index}.${period}.aov`, 'out-of-range');
    }
    const before = gmvOf(ch.before);
    const after = gmvOf(ch.after);
    const change = after - before;
    const [traffic, conversion, orderValue] = roundParts(change, shapley3(factors(ch.before), factors(ch.after))) as [number, number, number];
    channels.push({ name: ch.name, before, after, change: noNegativeZero(change), effects: { traffic, conversion, orderValue } });
  }
  const sum = (f: (c: ChannelChange) => number) => noNegativeZero(channels.reduce((s, c) => s + f(c), 0));
  const before = sum((c) => c.before);
  const after = sum((c) => c.after);
  const totals: Effects = { traffic: sum((c) => c.effects.traffic), conversion: sum((c) => c.effects.conversion), orderValue: sum((c) => c.effects.orderValue) };
  const d = largest(effects.map((e) => totals[e]));
  const dominant = d === null ? null : effects[d]!;
  return {
    ok: true,
    currency: input.currency,
    before,
    after,
    change: noNegativeZero(after - before),
    changeRate: before > 0 ? noNegativeZero((after - before) / before) : null,
    effects: totals,
    channels,
    dominant,
    movedMost: largest(channels.map((c) => c.change)),
    next: readNext[dominant ?? 'none'],
  };
}

/**
 * The worked example: a store on three channels (names in the reader's language), last week against the week
 * before. The first lost 15 % of its visitors, the second converted better, the third's order value fell.
 */
export function gmvExample(names: readonly [string, string, string]): GmvInput {
  return {
    currency: 'CNY',
    against: 'previous',
    channels: [
      { name: names[0], before: { visitors: 40000, conversion: 0.03, aov: 8100 }, after: { visitors: 34000, conversion: 0.03, aov: 8100 } },
      { name: names[1], before: { visitors: 25000, conversion: 0.02, aov: 6500 }, after: { visitors: 25000, conversion: 0.024, aov: 6500 } },
      { name: names[2], before: { visitors: 5000, conversion: 0.05, aov: 12000 }, after: { visitors: 5000, conversion: 0.05, aov: 10800 } },
    ],
  };
}
