/**
 * The sales funnel: GMV = visitors × conversion rate × order value, solved for whichever is unknown, in paid or net GMV.
 *
 * Conventions: money in integer minor units; counts are whole; rates are decimals (0.025 is 2.5 %).
 * Every rounding keeps a target reachable: a required number of visitors or a required order value is
 * rounded up, never down.
 */
import { noNegativeZero, roundMinor, roundRatio } from '../../money';
import { invalidInput, refusedValue, type InvalidInput } from '../shared/input-error';



/** What the funnel can solve for. `impressions` and `ctr` exist only when impressions lead the funnel. */
export const funnelUnknowns = ['gmv', 'uv', 'cvr', 'aov', 'impressions', 'ctr'] as const;
export type FunnelUnknown = (typeof funnelUnknowns)[number];

/** Whether the GMV figure is what customers pay, or what is kept after cancellations and returns. */
export const gmvBases = ['paid', 'net'] as const;
export type GmvBasis = (typeof gmvBases)[number];

/** Largest GMV the calculator handles: one hundred billion major units, in minor units. */
export const MAX_GMV = 1e13;
/** Largest order value: ten million major units, in minor units. */
export const MAX_AOV = 1e9;
/** Largest number of visitors or impressions. */
export const MAX_COUNT = 1e12;
/** Cancellation and return rates stop short of 100 %: at 100 % nothing is kept and no target can be met. */
export const MAX_LOSS_RATE = 0.99;

export interface FunnelInput {
  solveFor: FunnelUnknown;
  /** The GMV target (or, when solving for GMV, ignored), minor units. */
  gmv: number;
  /** Whether `gmv` is paid GMV or net (kept) GMV. */
  gmvBasis: GmvBasis;
  /** Unique visitors. */
  uv: number;
  /** Conversion rate: orders ÷ visitors. */
  cvr: number;
  /** Average order value, minor units. */
  aov: number;
  /** Put impressions × click-through rate in front of visitors. */
  useImpressions: boolean;
  impressions: number;
  /** Click-through rate: visitors ÷ impressions. */
  ctr: number;
  /** Share of paid GMV cancelled before shipping. */
  cancelRate: number;
  /** Share of shipped GMV returned. */
  returnRate: number;
}

export type FunnelField = Exclude<keyof FunnelInput, 'solveFor' | 'gmvBasis' | 'useImpressions'>;

export type FunnelFailure =
  | InvalidInput<FunnelField>
  /** A driver the unknown is divided by is zero: no amount of the unknown can make up for it. */
  | { ok: false; reason: 'zero-driver'; field: FunnelField }
  /** The required rate is above 100 %: more buyers than visitors, or more visitors than impressions. */
  | { ok: false; reason: 'rate-above-100'; field: 'cvr' | 'ctr'; value: number }
  | { ok: false; reason: 'too-large'; field: FunnelUnknown };

export interface FunnelSolution {
  ok: true;
  /** The unknown actually solved (see `funnelUnknown`). */
  solved: FunnelUnknown;
  /** What customers pay for, minor units: visitors × conversion × order value. */
  paidGmv: number;
  /** What is kept after cancellations and returns, minor units. */
  netGmv: number;
  /** (1 − cancellation rate) × (1 − return rate). */
  keepRate: number;
  uv: number;
  cvr: number;
  aov: number;
  /** Visitors × conversion rate; not rounded, so it multiplies back to the GMV. */
  orders: number;
  /** `null` when impressions are not in the funnel. */
  impressions: number | null;
  ctr: number | null;
}
export type FunnelResult = FunnelSolution | FunnelFailure;

const isRate = (r: number) => Number.isFinite(r) && r >= 0 && r <= 1;
const isWhole = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;

/**
 * The unknown really solved: with impressions in front, "visitors" means the impressions that bring them;
 * without, impressions and click-through rate mean visitors.
 * @example funnelUnknown('uv', true) //=> 'impressions'
 * @example funnelUnknown('ctr', false) //=> 'uv'
 * @example funnelUnknown('cvr', true) //=> 'cvr'
 */
export function funnelUnknown(solveFor: FunnelUnknown, useImpressions: boolean): FunnelUnknown {
  if (useImpressions && solveFor === 'uv') return 'impressions';
  if (!useImpressions && (solveFor === 'impressions' || solveFor === 'ctr')) return 'uv';
  return solveFor;
}

/**
 * Share of paid GMV that is really kept: (1 − cancellation) × (1 − returns).
 * @example keepRate(0.05, 0.08) //=> 0.874
 * @example keepRate(0, 0) //=> 1
 */
export function keepRate(cancelRate: number, returnRate: number): number {
  return noNegativeZero(Math.round((1 - cancelRate) * (1 - returnRate) * 1e12) / 1e12);
}

function checkFunnel(input: FunnelInput): FunnelFailure | null {
  const invalid = (field: FunnelField): FunnelFailure => invalidInput(field, refusedValue((input as unknown as Record<string, unknown>)[field]));
  if (!(funnelUnknowns as readonly string[]).includes(input.solveFor)) return invalid('gmv');
  if (!isWhole(input.gmv, MAX_GMV)) return invalid('gmv');
  if (!isWhole(input.uv, MAX_COUNT)) return invalid('uv');
  if (!isRate(input.cvr)) return invalid('cvr');
  if (!isWhole(input.aov, MAX_AOV)) return invalid('aov');
  if (!isWhole(input.impressions, MAX_COUNT)) return invalid('impressions');
  if (!isRate(input.ctr)) return invalid('ctr');
  if (!(Number.isFinite(input.cancelRate) && input.cancelRate >= 0 && input.cancelRate <= MAX_LOSS_RATE)) return invalid('cancelRate');
  if (!(Number.isFinite(input.returnRate) && input.returnRate >= 0 && input.returnRate <= MAX_LOSS_RATE)) return invalid('returnRate');
  return null;
}

/**
 * Solves the funnel GMV = visitors × conversion rate × order value (visitors = impressions × click-through
 * rate when impressions lead) for whichever one is unknown, and adjusts between paid and net GMV.
 *
 * A GMV target in net terms is first grossed up to the paid GMV the funnel must produce:
 * paid = net ÷ ((1 − cancellation) × (1 − returns)). Required visitors, impressions and order value are
 * rounded up so the target is still met; required rates are exact.
 * @example
 * const r = solveFunnel({ solveFor: 'uv', gmv: 300_000_000, gmvBasis: 'paid', uv: 0, cvr: 0.025, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0, returnRate: 0 });
 * r.ok && r.uv //=> 800000 (¥3 000 000 at ¥150 and 2.5 % needs 800 000 visitors)
 * @example
 * solveFunnel({ solveFor: 'cvr', gmv: 300_000_000, gmvBasis: 'paid', uv: 10_000, cvr: 0, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0, returnRate: 0 })
 * //=> { ok: false, reason: 'rate-above-100', field: 'cvr', value: 2 } (10 000 visitors cannot place 20 000 orders)
 * @example
 * const net = solveFunnel({ solveFor: 'uv', gmv: 300_000_000, gmvBasis: 'net', uv: 0, cvr: 0.025, aov: 15_000,
 *   useImpressions: false, impressions: 0, ctr: 0, cancelRate: 0.05, returnRate: 0.08 });
 * net.ok && [net.paidGmv, net.uv] //=> [343249428, 915332] (keep 87.4 %: plan on what is really kept)
 */
export function solveFunnel(input: FunnelInput): FunnelResult {
  const failure = checkFunnel(input);
  if (failure) return failure;
  return solveChecked(input);
}

function solveChecked(raw: FunnelInput): FunnelResult {
  // −0 passes the range checks; it must not reach a result.
  const input: FunnelInput = {
    ...raw,
    gmv: noNegativeZero(raw.gmv),
    uv: noNegativeZero(raw.uv),
    cvr: noNegativeZero(raw.cvr),
    aov: noNegativeZero(raw.aov),
    impressions: noNegativeZero(raw.impressions),
    ctr: noNegativeZero(raw.ctr),
    cancelRate: noNegativeZero(raw.cancelRate),
    returnRate: noNegativeZero(raw.returnRate),
  };
  const solved = funnelUnknown(input.solveFor, input.useImpressions);
  const keep = keepRate(input.cancelRate, input.returnRate);
  const { cvr, aov } = input;
  let { uv, impressions, ctr } = input;
  let cvrOut = cvr;
  let aovOut = aov;
  let paid: number;

  if (solved === 'gmv') {
    if (input.useImpressions) uv = visitorsFrom(impressions, ctr);
    paid = roundMinor(uv * cvr * aov, 'half-up');
    if (paid > MAX_GMV) return { ok: false, reason: 'too-large', field: 'gmv' };
  } else {
    paid = input.gmvBasis === 'net' ? (roundRatio([input.gmv], [keep], 'up') ?? Number.POSITIVE_INFINITY) : input.gmv;
    if (input.useImpressions && solved !== 'impressions' && solved !== 'ctr') uv = visitorsFrom(impressions, ctr);
    if (paid > MAX_GMV) return { ok: false, reason: 'too-large', field: 'gmv' };
    // `!(x <= max)` is also true for Infinity and NaN, which a vanishingly small driver can produce.
    const beyond = (x: number, max: number) => !(x <= max);
    switch (solved) {
      case 'uv':
      case 'impressions':
      case 'ctr': {
        if (paid === 0) {
          // A zero target needs nobody, whatever the drivers.
          uv = 0;
          if (solved === 'impressions') impressions = 0;
          if (solved === 'ctr') ctr = 0;
          break;
        }
        if (cvr === 0) return { ok: false, reason: 'zero-driver', field: 'cvr' };
        if (aov === 0) return { ok: false, reason: 'zero-driver', field: 'aov' };
        const needed = paid / (cvr * aov);
        if (beyond(needed, MAX_COUNT)) return { ok: false, reason: 'too-large', field: solved };
        uv = roundRatio([paid], [cvr, aov], 'up') ?? roundMinor(needed, 'up');
        if (solved === 'impressions') {
          if (ctr === 0) return { ok: false, reason: 'zero-driver', field: 'ctr' };
          const shown = uv / ctr;
          if (beyond(shown, MAX_COUNT)) return { ok: false, reason: 'too-large', field: 'impressions' };
          impressions = roundRatio([uv], [ctr], 'up') ?? roundMinor(shown, 'up');
        } else if (solved === 'ctr') {
          if (impressions === 0) return { ok: false, reason: 'zero-driver', field: 'impressions' };
          ctr = rateBringing(uv, impressions);
          if (ctr > 1) return { ok: false, reason: 'rate-above-100', field: 'ctr', value: ctr };
        }
        break;
      }
      case 'cvr': {
        if (paid === 0) {
          cvrOut = 0;
          break;
        }
        if (uv === 0) return { ok: false, reason: 'zero-driver', field: input.useImpressions ? 'impressions' : 'uv' };
        if (aov === 0) return { ok: false, reason: 'zero-driver', field: 'aov' };
        cvrOut = paid / (uv * aov);
        if (cvrOut > 1) return { ok: false, reason: 'rate-above-100', field: 'cvr', value: cvrOut };
        break;
      }
      case 'aov': {
        if (paid === 0) {
          aovOut = 0;
          break;
        }
        if (uv === 0) return { ok: false, reason: 'zero-driver', field: input.useImpressions ? 'impressions' : 'uv' };
        if (cvr === 0) return { ok: false, reason: 'zero-driver', field: 'cvr' };
        const needed = paid / (uv * cvr);
        if (beyond(needed, MAX_AOV)) return { ok: false, reason: 'too-large', field: 'aov' };
        aovOut = roundRatio([paid], [uv, cvr], 'up') ?? roundMinor(needed, 'up');
        break;
      }
    }
  }
  return finish(paid);

  function finish(paidGmv: number): FunnelSolution {
    const rateOut = (r: number) => noNegativeZero(r);
    return {
      ok: true,
      solved,
      paidGmv,
      netGmv: roundMinor(paidGmv * keep, 'half-up'),
      keepRate: keep,
      uv,
      cvr: rateOut(solved === 'cvr' ? cvrOut : cvr),
      aov: aovOut,
      orders: noNegativeZero(uv * (solved === 'cvr' ? cvrOut : cvr)),
      impressions: input.useImpressions ? impressions : null,
      ctr: input.useImpressions ? rateOut(ctr) : null,
    };
  }
}

/**
 * The click-through rate that brings `visitors` from `impressions`: their quotient, nudged up by the last
 * binary digit when needed so that `visitorsFrom(impressions, rate)` gives back every visitor.
 */
function rateBringing(visitors: number, impressions: number): number {
  let rate = visitors / impressions;
  for (let i = 0; i < 8 && visitorsFrom(impressions, rate) < visitors; i++) rate = nextUp(rate);
  return rate;
}

/** The next double above a positive finite number. */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

/** Whole visitors brought by impressions at a click-through rate (a fraction of a visitor does not visit). */
function visitorsFrom(impressions: number, ctr: number): number {
  return roundRatio([impressions, ctr], [], 'down') ?? 0;
}

/**
 * The funnel form with the solved value written into the field that was unknown, so switching what to solve
 * for starts from a consistent set of numbers.
 * @example withSolvedValue(form, result).uv //=> 800000 after solving for visitors
 */
export function withSolvedValue<T extends FunnelInput>(form: T, result: FunnelResult): T {
  if (!result.ok) return form;
  switch (result.solved) {
    case 'gmv':
      return { ...form, gmv: form.gmvBasis === 'net' ? result.netGmv : result.paidGmv };
    case 'uv':
      return { ...form, uv: result.uv };
    case 'cvr':
      return { ...form, cvr: result.cvr };
    case 'aov':
      return { ...form, aov: result.aov };
    case 'impressions':
      return { ...form, impressions: result.impressions ?? form.impressions, uv: result.uv };
    case 'ctr':
      return { ...form, ctr: result.ctr ?? form.ctr, uv: result.uv };
  }
}

/**
 * Whole orders the funnel asks for: visitors × conversion rate, rounded up (a fraction of an order is one
 * more order to win). A hair above a whole number is binary noise from a solved rate, not another order.
 * @example ordersToPlace({ orders: 20000.000000000004 }) //=> 20000
 */
export function ordersToPlace(r: Pick<FunnelSolution, 'orders'>): number {
  return noNegativeZero(Math.ceil(r.orders - 1e-9));
}
