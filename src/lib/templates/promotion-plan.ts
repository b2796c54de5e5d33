/**
 * The promotion plan one-pager: what the promotion is (mechanism, dates, owners), what it costs (budget) and
 * the uplift it needs to pay for itself, with live formulas from `lib/calc/promotion/core.ts`:
 * - effective discount d = Σ share × discount ÷ Σ share × order value, over the order bands;
 * - contribution per unit before and after: c0 = net × (1 − f) − costs, c1 = net × (1 − d)(1 − f) − costs;
 * - unit break-even uplift d(1 − f) ÷ (m − d(1 − f)), m = c0 ÷ net (`breakEvenUplift`);
 * - full break-even uplift need ÷ perExtra, need = B(c0 − c1) + cannibalised contribution + fixed costs,
 *   perExtra = B(c1 − pull-forward × c0) (`breakEvenLine`).
 * The order bands' discount column holds the threshold offer's rule (满X减Y); other mechanisms overwrite it.
 */
import type { Translate } from '../../i18n/translate';
import type { PromotionInput, PromotionOutcome } from '../calc/promotion/core';
import { feeShare } from '../calc/shared/fees';
import { ref, sheetName, type Cell, type Workbook } from './workbook';

export interface PromotionPlanInput {
  /** A threshold offer (满X减Y), as the section's example runs it. */
  input: PromotionInput & { mechanism: { kind: 'threshold'; threshold: number; off: number } };
  outcome: PromotionOutcome;
  /** The offer as a shop would print it ("满¥300减¥50"). */
  mechanism: string;
  /** The steps of the section the plan comes from: task and the roles that own it. */
  owners: readonly { task: string; owners: string; time: string }[];
}

/** Rows (1-based) of each input and result, by name; column B holds the value. */
const inputRows = [
  'price', 'unitCost', 'fixedFees', 'commission', 'payment', 'vatRate', 'includeVat', 'baselineUnits', 'uplift',
  'pulledForward', 'cannibalisedUnits', 'cannibalisedMargin', 'adSpend', 'creativeCost', 'giftCost', 'threshold', 'off',
] as const;
type InputName = (typeof inputRows)[number];
const resultRows = ['discountRate', 'netPrice', 'feeShare', 'contribution', 'contributionAfter', 'margin', 'simpleBreakEven', 'need', 'perExtra', 'breakEven', 'discountCost', 'fixedCosts', 'budget', 'incrementalProfit'] as const;
type ResultName = (typeof resultRows)[number];

const FIRST_INPUT = 11;
const at = (name: InputName) => ref(1, FIRST_INPUT + inputRows.indexOf(name), true);
const BANDS_HEADER = FIRST_INPUT + inputRows.length + 1;
const MAX_BANDS = 6;
const FIRST_RESULT = BANDS_HEADER + MAX_BANDS + 3;
const res = (name: ResultName) => ref(1, FIRST_RESULT + resultRows.indexOf(name), true);

/** Every result formula, by name. */
export function promotionFormulas(): Record<ResultName, string> & { bandDiscount: (r: number) => string } {
  const first = BANDS_HEADER + 1;
  const last = BANDS_HEADER + MAX_BANDS;
  const band = (c: number) => `${ref(c, first, true)}:${ref(c, last, true)}`;
  const costs = `(${at('unitCost')}+${at('fixedFees')})`;
  const f = res('feeShare');
  const B = at('baselineUnits');
  const fixed = `(${at('adSpend')}+${at('creativeCost')}+${at('giftCost')})`;
  return {
    bandDiscount: (r) => `IF(AND(${ref(0, r)}>0,${ref(0, r)}>=${at('threshold')}),MIN(${at('off')},${ref(0, r)}),0)`,
    discountRate: `SUMPRODUCT(${band(2)},${band(3)})/SUMPRODUCT(${band(2)},${band(0)})`,
    netPrice: `IF(${at('includeVat')}=1,${at('price')}/(1+${at('vatRate')}),${at('price')})`,
    feeShare: `(${at('commission')}+${at('payment')})*(1+${at('vatRate')})`,
    contribution: `${res('netPrice')}*(1-${f})-${costs}`,
    contributionAfter: `${res('netPrice')}*(1-${res('discountRate')})*(1-${f})-${costs}`,
    margin: `${res('contribution')}/${res('netPrice')}`,
    simpleBreakEven: `IF(${res('margin')}-${res('discountRate')}*(1-${f})>0,${res('discountRate')}*(1-${f})/(${res('margin')}-${res('discountRate')}*(1-${f})),"—")`,
    need: `${B}*(${res('contribution')}-${res('contributionAfter')})+${at('cannibalisedUnits')}*${at('cannibalisedMargin')}+${fixed}`,
    perExtra: `${B}*(${res('contributionAfter')}-${at('pulledForward')}*${res('contribution')})`,
    breakEven: `IF(${res('perExtra')}>0,MAX(0,${res('need')}/${res('perExtra')}),"—")`,
    discountCost: `ROUND(${B}*(1+${at('uplift')})*${at('price')}*${res('discountRate')},2)`,
    fixedCosts: fixed,
    budget: `${res('discountCost')}+${res('fixedCosts')}`,
    incrementalProfit: `ROUND(${B}*(1+${at('uplift')})*${res('contributionAfter')},2)-ROUND(${B}*${res('contribution')},2)-ROUND(${B}*${at('uplift')}*${at('pulledForward')}*${res('contribution')},2)-${at('cannibalisedUnits')}*${at('cannibalisedMargin')}-${res('fixedCosts')}`,
  };
}

export function promotionPlan(plan: PromotionPlanInput, t: Translate): Workbook {
  const i = plan.input;
  const o = plan.outcome;
  const rate = (label: string) => i.fees.find((f) => f.label === label)?.rate ?? 0;
  const money = (minor: number): Cell => ({ value: minor / 100, format: 'money', input: true });
  const values: Record<InputName, Cell> = {
    price: money(i.price),
    unitCost: money(i.unitCost),
    fixedFees: money(i.fixedFees),
    commission: { value: rate('commission'), format: 'percent', input: true },
    payment: { value: rate('payment'), format: 'percent', input: true },
    vatRate: { value: i.vatRate, format: 'percent', input: true },
    includeVat: { value: i.pricesIncludeVat ? 1 : 0, format: 'count', input: true },
    baselineUnits: { value: i.baselineUnits, format: 'count', input: true },
    uplift: { value: i.uplift, format: 'percent', input: true },
    pulledForward: { value: i.pulledForward, format: 'percent', input: true },
    cannibalisedUnits: { value: i.cannibalisedUnits, format: 'count', input: true },
    cannibalisedMargin: money(i.cannibalisedMargin),
    adSpend: money(i.adSpend),
    creativeCost: money(i.creativeCost),
    giftCost: money(i.giftCost),
    threshold: money(i.mechanism.threshold),
    off: money(i.mechanism.off),
  };
  const f = promotionFormulas();
  const phi = feeShare(i);
  const B = i.baselineUnits;
  const c0 = o.unit.netPrice * (1 - phi) - i.unitCost - i.fixedFees;
  const c1 = o.unit.netPrice * (1 - o.discountRate) * (1 - phi) - i.unitCost - i.fixedFees;
  const cached: Record<ResultName, number | string> = {
    discountRate: o.discountRate,
    netPrice: o.unit.netPrice / 100,
    feeShare: phi,
    contribution: c0 / 100,
    contributionAfter: c1 / 100,
    margin: o.unit.margin,
    simpleBreakEven: o.simpleBreakEven.ok ? o.simpleBreakEven.uplift : '—',
    need: (B * (c0 - c1) + i.cannibalisedUnits * i.cannibalisedMargin + o.fixedCosts) / 100,
    perExtra: (B * (c1 - i.pulledForward * c0)) / 100,
    breakEven: o.breakEven ?? '—',
    discountCost: o.discountCost / 100,
    fixedCosts: o.fixedCosts / 100,
    budget: (o.discountCost + o.fixedCosts) / 100,
    incrementalProfit: o.incrementalProfit / 100,
  };
  const formats: Record<ResultName, 'money' | 'percent' | 'decimal'> = {
    discountRate: 'percent', netPrice: 'money', feeShare: 'percent', contribution: 'money', contributionAfter: 'money', margin: 'percent',
    simpleBreakEven: 'percent', need: 'money', perExtra: 'money', breakEven: 'percent', discountCost: 'money', fixedCosts: 'money',
    budget: 'money', incrementalProfit: 'money',
  };
  const rows: Cell[][] = [
    [{ value: t('templates.promotion.title'), bold: true }],
    [t('templates.promotion.note')],
    [],
    [{ value: t('templates.promotion.plan'), bold: true }],
    [t('templates.promotion.name'), { value: t('templates.promotion.exampleName'), input: true }],
    [t('templates.promotion.mechanism'), { value: plan.mechanism, input: true }],
    [t('templates.promotion.start'), { value: null, input: true }],
    [t('templates.promotion.end'), { value: null, input: true }],
    [t('templates.promotion.owner'), { value: null, input: true }],
    [{ value: t('templates.promotion.inputs'), bold: true }],
  ];
  for (const name of inputRows) rows.push([t(`templates.promotion.in.${name}`), values[name]]);
  rows.push([]);
  rows.push((['templates.promotion.band.value', 'templates.promotion.band.items', 'templates.promotion.band.share', 'templates.promotion.band.discount'] as const).map((key) => ({ value: t(key), bold: true, wrap: true })));
  for (let b = 0; b < MAX_BANDS; b++) {
    const r = BANDS_HEADER + 1 + b;
    const band = i.baskets[b];
    const detail = o.store.bands[b];
    rows.push([
      { value: band ? band.value / 100 : null, format: 'money', input: true },
      { value: band ? band.items : null, format: 'count', input: true },
      { value: band ? band.share : null, format: 'percent', input: true },
      { formula: f.bandDiscount(r), value: detail ? detail.discount / 100 : 0, format: 'money' },
    ]);
  }
  rows.push([]);
  rows.push([{ value: t('templates.promotion.results'), bold: true }]);
  for (const name of resultRows) rows.push([t(`templates.promotion.out.${name}`), { formula: f[name], value: cached[name], format: formats[name] }]);
  rows.push([]);
  rows.push((['templates.promotion.task', 'templates.promotion.taskOwner', 'templates.promotion.taskTime', 'templates.promotion.taskName'] as const).map((key) => ({ value: t(key), bold: true })));
  for (const step of plan.owners) rows.push([step.task, step.owners, step.time, { value: null, input: true }]);
  return {
    title: t('templates.promotion.title'),
    sheets: [{ name: sheetName(t('templates.promotion.sheet')), widths: [48, 22, 22, 16], rows }],
  };
}
