/**
 * The pricing calculator's public functions. Each checks its input and returns the shared input error
 * (`InvalidInput`) naming the field and the problem, before the unchecked maths in `core.ts` runs: nothing
 * here throws or returns NaN, Infinity or −0. Islands and pages import from here, never from `core.ts`.
 */
import * as core from './core';
import type { Assumptions } from '../shared/schema';
import type { Channel, ChannelBase, ChannelRow, PriceAtInput, PriceBreakdown, PriceEnding, PricingBase, PricingScenario, TargetMarginInput, TargetMarginResult } from './core';
import {
  booleanProblem,
  currencyProblem,
  firstInvalid,
  invalidInput,
  listProblem,
  money,
  oneOf,
  rate,
  type InvalidInput,
  type NumberRule,
  withoutNegativeZero,
} from '../shared/input-error';
import { figure, type KeyFigure } from '../shared/key-figures';

export { priceEndings } from './core';
export type {
  Channel,
  ChannelBase,
  ChannelRow,
  FeeBase,
  FeeLine,
  PercentFee,
  PriceAtInput,
  PriceBreakdown,
  PriceEnding,
  PricingBase,
  PricingScenario,
  PricingWarning,
  TargetMarginInput,
  TargetMarginResult,
  UnreachableReason,
} from './core';
export type { InvalidInput } from '../shared/input-error';

/** Target margins the calculator solves for: 0 % to 99 %. */
const targetMarginRule: NumberRule = { min: 0, max: 0.99 };
const MAX_FEES = 10;
const MAX_CHANNELS = 20;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function feesProblem(fees: unknown, path = 'fees'): InvalidInput | null {
  const list = listProblem(path, fees, MAX_FEES);
  if (list) return list;
  for (const [i, fee] of (fees as unknown[]).entries()) {
    if (!isObject(fee)) return invalidInput(`${path}.${i}`, 'wrong-type');
    const bad = firstInvalid([[`${path}.${i}.rate`, fee.rate, rate]]) ?? oneOf(`${path}.${i}.base`, fee.base, ['gross', 'net']);
    if (bad) return bad;
  }
  return null;
}

function baseProblem(b: unknown): InvalidInput | null {
  if (!isObject(b)) return invalidInput('input', 'wrong-type');
  return (
    currencyProblem(b.currency) ??
    firstInvalid([
      ['unitCost', b.unitCost, money],
      ['fixedFees', b.fixedFees, money],
      ['vatRate', b.vatRate, rate],
    ]) ??
    booleanProblem('pricesIncludeVat', b.pricesIncludeVat) ??
    feesProblem(b.fees)
  );
}

function targetProblem(targetMargin: unknown, ending: unknown): InvalidInput | null {
  return firstInvalid([['targetMargin', targetMargin, targetMarginRule]]) ?? (ending === undefined ? null : oneOf('ending', ending, core.priceEndings));
}

function channelsProblem(channels: unknown): InvalidInput | null {
  const list = listProblem('channels', channels, MAX_CHANNELS);
  if (list) return list;
  for (const [i, c] of (channels as unknown[]).entries()) {
    if (!isObject(c)) return invalidInput(`channels.${i}`, 'wrong-type');
    const bad = firstInvalid([
      [`channels.${i}.commission`, c.commission, rate],
      [`channels.${i}.paymentFee`, c.paymentFee, rate],
      [`channels.${i}.fixedFee`, c.fixedFee, money],
      [`channels.${i}.vatRate`, c.vatRate, rate],
    ]) ?? (c.fees === undefined ? null : feesProblem(c.fees, `channels.${i}.fees`));
    if (bad) return bad;
  }
  return null;
}

/**
 * Converts a margin (profit ÷ price) to a markup (profit ÷ cost); `null` for margins of 100 % or more.
 * @example marginToMarkup(0.4) //=> 0.6666666666666667
 */
export function marginToMarkup(margin: number): number | null | InvalidInput<'margin'> {
  margin = withoutNegativeZero(margin);
  const bad = firstInvalid([['margin', margin, { min: -1e6, max: 1e6 }]]);
  return bad ?? core.marginToMarkup(margin);
}

/**
 * Converts a markup (profit ÷ cost) to a margin (profit ÷ price); `null` for markups of −100 % or less.
 * @example markupToMargin(1) //=> 0.5
 */
export function markupToMargin(markup: number): number | null | InvalidInput<'markup'> {
  markup = withoutNegativeZero(markup);
  const bad = firstInvalid([['markup', markup, { min: -1e6, max: 1e6 }]]);
  return bad ?? core.markupToMargin(markup);
}

export type BreakdownResult = ({ ok: true } & PriceBreakdown) | InvalidInput;

/**
 * The full breakdown at a given shown price (see `core.profitAtPrice`), or the input refused.
 * @example profitAtPrice({ ...base, price: Number.NaN }) //=> { ok: false, reason: 'invalid', field: 'price', problem: 'not-a-number' }
 */
export function profitAtPrice(input: PriceAtInput): BreakdownResult {
  input = withoutNegativeZero(input);
  const bad = baseProblem(input) ?? firstInvalid([['price', input.price, money]]);
  return bad ?? { ok: true, ...core.profitAtPrice(input) };
}

/**
 * The lowest price that earns a target margin after every fee and VAT, and the breakdown at it (see
 * `core.priceForTargetMargin`), or the input refused: a NaN target margin is refused by name.
 */
export function priceForTargetMargin(input: TargetMarginInput): TargetMarginResult | InvalidInput {
  input = withoutNegativeZero(input);
  return baseProblem(input) ?? targetProblem(input.targetMargin, input.ending) ?? core.priceForTargetMargin(input);
}

/** The naive price (margin on cost, fees on top) and what it really earns, for the worked example; or the input refused. */
export function naivePrice(base: PricingBase, targetMargin: number): ({ ok: true; price: number; breakdown: PriceBreakdown }) | InvalidInput {
  base = withoutNegativeZero(base);
  targetMargin = withoutNegativeZero(targetMargin);
  const bad = baseProblem(base) ?? targetProblem(targetMargin, undefined);
  if (bad) return bad;
  const price = core.naivePrice(base, targetMargin);
  const checked = firstInvalid([['price', price, money]]);
  return checked ?? { ok: true, price, breakdown: core.profitAtPrice({ ...base, price }) };
}

/** Each channel's price for the target margin and its margin at the common price, or the input refused. */
export function channelPriceTable(base: ChannelBase, channels: readonly Channel[]): { ok: true; rows: ChannelRow[] } | InvalidInput {
  base = withoutNegativeZero(base);
  channels = withoutNegativeZero(channels);
  if (!isObject(base)) return invalidInput('input', 'wrong-type');
  const bad =
    currencyProblem(base.currency) ??
    firstInvalid([
      ['unitCost', base.unitCost, money],
      ['price', base.price, money],
    ]) ??
    booleanProblem('pricesIncludeVat', base.pricesIncludeVat) ??
    targetProblem(base.targetMargin, base.ending) ??
    channelsProblem(channels);
  return bad ?? { ok: true, rows: core.channelPriceTable(base, channels) };
}

/** Margin at evenly spaced prices for the chart (see `core.marginCurve`), or the input refused. */
export function marginCurve(
  base: PricingBase,
  fromPrice: number,
  toPrice: number,
  steps = 40,
): { ok: true; points: { price: number; margin: number }[] } | InvalidInput {
  base = withoutNegativeZero(base);
  fromPrice = withoutNegativeZero(fromPrice);
  toPrice = withoutNegativeZero(toPrice);
  steps = withoutNegativeZero(steps);
  const bad =
    baseProblem(base) ??
    firstInvalid([
      ['fromPrice', fromPrice, money],
      ['toPrice', toPrice, money],
      ['steps', steps, { min: 1, max: 400, integer: true }],
    ]);
  return bad ?? { ok: true, points: core.marginCurve(base, fromPrice, toPrice, steps) };
}

export interface PricingForm {
  mode: 'margin' | 'price';
  targetMargin: number;
  ending: PriceEnding;
}

/** A channel row as the form keeps it: the cells it sets itself; the others come from the shared assumptions. */
export interface FormChannel {
  name: string;
  own: { commission?: number | undefined; paymentFee?: number | undefined; fixedFee?: number | undefined; vatRate?: number | undefined };
}

/** The rate of a fee kind in the shared assumptions (0 when the list lacks it). */
const feeRate = (a: Assumptions, label: string): number => a.fees.find((f) => f.label === label)?.rate ?? 0;
/** What a fee kind is charged on in the shared assumptions (the gross price when the list lacks it). */
const feeBase = (a: Assumptions, label: string): 'gross' | 'net' => a.fees.find((f) => f.label === label)?.base ?? 'gross';

/**
 * Each row with every cell filled: its own value where it has one, else the shared assumptions' (commission and
 * payment fee from the fees, the fixed fee per order, the VAT rate); its fees are charged on the base the main form
 * charges them on, with the main form's third fee. The values are checked by `channelPriceTable`.
 */
function resolvedChannels(a: Assumptions, channels: unknown): unknown {
  if (!Array.isArray(channels)) return channels;
  return channels.map((c: unknown) => {
    if (!isObject(c)) return c;
    const own = isObject(c.own) ? c.own : {};
    const commission = own.commission ?? feeRate(a, 'commission');
    const paymentFee = own.paymentFee ?? feeRate(a, 'payment');
    return {
      name: typeof c.name === 'string' ? c.name : '',
      commission,
      paymentFee,
      fixedFee: own.fixedFee ?? a.fixedFees,
      vatRate: own.vatRate ?? a.vatRate,
      // Charged as the main form charges them (gross or net), with its third fee: a row like the form prices like it.
      fees: [
        { label: 'commission', rate: commission, base: feeBase(a, 'commission') },
        { label: 'payment', rate: paymentFee, base: feeBase(a, 'payment') },
        ...a.fees.filter((f) => f.label !== 'commission' && f.label !== 'payment'),
      ],
    };
  });
}

/**
 * The channel table for stored inputs: every channel at the form's target margin and at the scenario's price;
 * a cell a row does not set takes the shared assumptions' value, so a row like the main form prices like it.
 */
export function channelRowsOf(a: Assumptions, form: PricingForm & { channels: readonly FormChannel[] }, price: number): { ok: true; rows: ChannelRow[] } | InvalidInput {
  a = withoutNegativeZero(a);
  form = withoutNegativeZero(form);
  price = withoutNegativeZero(price);
  if (!isObject(a) || !isObject(form)) return invalidInput('input', 'wrong-type');
  const bad = baseProblem(a);
  if (bad) return bad;
  return channelPriceTable(
    { currency: a.currency, unitCost: a.unitCost, targetMargin: form.targetMargin, pricesIncludeVat: a.pricesIncludeVat, ending: form.ending, price },
    resolvedChannels(a, form.channels) as Channel[],
  );
}

const baseOf = (a: Assumptions): PricingBase => ({
  currency: a.currency,
  unitCost: a.unitCost,
  fixedFees: a.fixedFees,
  fees: a.fees,
  vatRate: a.vatRate,
  pricesIncludeVat: a.pricesIncludeVat,
});

/** The pricing base of the shared assumptions, or the assumptions refused. */
export function pricingBaseOf(a: Assumptions): PricingBase | InvalidInput {
  a = withoutNegativeZero(a);
  if (!isObject(a)) return invalidInput('assumptions', 'wrong-type');
  const base = baseOf(a);
  return baseProblem(base) ?? base;
}

/**
 * The scenario for stored inputs: the shared assumptions and the pricing form. Islands, the worked example
 * and the promotion calculator's "use the pricing price" all read the price from here, so the solved price
 * is derived where it is needed and never written back into a store.
 */
export function scenarioOf(a: Assumptions, form: PricingForm): ({ ok: true } & PricingScenario) | InvalidInput {
  a = withoutNegativeZero(a);
  form = withoutNegativeZero(form);
  if (!isObject(a)) return invalidInput('assumptions', 'wrong-type');
  return pricingScenario(baseOf(a), form, a.price);
}

/**
 * What the pricing calculator shows for its inputs: the price solved from a target margin, or the
 * breakdown at the entered price; or the input refused.
 */
export function pricingScenario(base: PricingBase, form: PricingForm, enteredPrice: number): ({ ok: true } & PricingScenario) | InvalidInput {
  base = withoutNegativeZero(base);
  form = withoutNegativeZero(form);
  enteredPrice = withoutNegativeZero(enteredPrice);
  if (!isObject(form)) return invalidInput('form', 'wrong-type');
  const bad =
    baseProblem(base) ??
    oneOf('mode', form.mode, ['margin', 'price']) ??
    targetProblem(form.targetMargin, form.ending) ??
    firstInvalid([['price', enteredPrice, money]]);
  return bad ?? { ok: true, ...core.pricingScenario(base, form, enteredPrice) };
}

/**
 * Switching to "margin at a price" starts from the price on screen, so the reader edits the price they just
 * saw rather than an older one. Returns the patch for the shared assumptions (nothing when already there).
 * @example enteredPriceOnSwitch('price', scenario) //=> { price: 8100 }
 */
export function enteredPriceOnSwitch(next: 'margin' | 'price', scenario: PricingScenario): Partial<Assumptions> {
  next = withoutNegativeZero(next);
  scenario = withoutNegativeZero(scenario);
  return next === 'price' && scenario.solved?.ok ? { price: scenario.price } : {};
}

/**
 * What saved pricing scenarios are listed and compared by, from the breakdown on screen: the price, the
 * profit per order, the contribution margin and the fees per order. All missing without a price (an
 * unreachable target) or when the input was refused.
 * @example keyFigures(scenarioOf(defaultAssumptions, defaultPricingForm)).map((f) => f.id) //=> ['price', 'profit', 'margin', 'fees']
 */
export function keyFigures(scenario: ({ ok: true } & PricingScenario) | InvalidInput): KeyFigure[] {
  const b = isObject(scenario) && scenario.ok === true && isObject(scenario.breakdown) ? scenario.breakdown : undefined;
  return [
    figure('price', 'money', b?.price),
    figure('profit', 'money', b?.profit, 'higher'),
    figure('margin', 'rate', b?.margin, 'higher'),
    figure('fees', 'money', b?.feesTotal, 'lower'),
  ];
}
