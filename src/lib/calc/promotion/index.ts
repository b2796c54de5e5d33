/** The promotion calculator's module: every public function checks its input and returns the shared input error. */
import * as z from 'zod/mini';
import { roundMinor, noNegativeZero } from '../../money';
import { moneySchema } from '../shared/schema';
import { MONEY_LIMIT } from '../shared/limits';
import { invalidInput, type InvalidInput } from '../shared/input-error';
import { figure, type KeyFigure } from '../shared/key-figures';
import type { PromotionResult } from './core';

export * from './core';

/** Only what spreading a cost needs of an order band (the full band schema is in `schema.ts`, which uses this module). */
const bandItems = z.object({ items: z.number().check(z.int(), z.gte(0), z.lte(10_000)), share: z.number().check(z.gte(0), z.lte(1)) });
const perItemInput = z.object({ perOrder: moneySchema, bands: z.array(bandItems).check(z.maxLength(50)) });

/**
 * A cost charged once per order as a cost per item: the fee ÷ the items per order of the order bands (their
 * items weighted by their share), rounded once, half up, to the minor unit. Refused, naming the field, when
 * the bands cannot say how many items an order holds (no share, or no items).
 * @example perItemCost(600, [{ value: 100, items: 2, share: 0.63 }, { value: 100, items: 3, share: 0.37 }]) //=> { ok: true, perItem: 253, itemsPerOrder: 2.37 }
 */
export function perItemCost(
  perOrder: number,
  bands: readonly { value: number; items: number; share: number }[],
): { ok: true; perItem: number; itemsPerOrder: number } | InvalidInput {
  const parsed = perItemInput.safeParse({ perOrder, bands });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    const field = path[0] === 'perOrder' ? 'perOrder' : path.length > 0 ? ['baskets', ...path.slice(1)].join('.') : 'input';
    const problem = issue?.code === 'invalid_type' ? (typeof perOrder === 'number' && field === 'perOrder' ? 'not-a-number' : 'wrong-type') : 'out-of-range';
    return invalidInput(field, problem);
  }
  const totalShare = parsed.data.bands.reduce((s, b) => s + b.share, 0);
  const items = parsed.data.bands.reduce((s, b) => s + b.items * b.share, 0);
  if (!(totalShare > 0) || !(items > 0)) return invalidInput('baskets', 'out-of-range');
  const itemsPerOrder = items / totalShare;
  return {
    ok: true,
    perItem: noNegativeZero(Math.min(MONEY_LIMIT, roundMinor(parsed.data.perOrder / itemsPerOrder, 'half-up'))),
    itemsPerOrder: noNegativeZero(itemsPerOrder),
  };
}

/**
 * What saved promotion scenarios are listed and compared by, from promotion A's result: revenue during the
 * promotion, incremental profit, ROI, the break-even uplift with every cost counted, and the effective
 * discount. All missing when the input was refused.
 * @example keyFigures(promotionResult(input)).map((f) => f.id) //=> ['promoRevenue', 'incrementalProfit', 'roi', 'breakEven', 'discountRate']
 */
export function keyFigures(result: PromotionResult): KeyFigure[] {
  const r = typeof result === 'object' && result !== null && result.ok === true ? result : undefined;
  return [
    figure('promoRevenue', 'money', r?.promoRevenue, 'higher'),
    figure('incrementalProfit', 'money', r?.incrementalProfit, 'higher'),
    figure('roi', 'rate', r?.roi, 'higher'),
    figure('breakEven', 'rate', r?.breakEven, 'lower'),
    figure('discountRate', 'rate', r?.discountRate),
  ];
}
