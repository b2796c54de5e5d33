/**
 * The price sheet: one row per SKU and channel with live formulas for the gross and net price, VAT, each fee
 * on its own base, profit, margin on the net price and the lowest price that meets the target margin; a
 * second sheet lists each platform's planning rates from the platform reference. Formulas follow
 * `lib/calc/pricing/core.ts` (`profitAtPrice`, `priceForTargetMargin`); the cached values are that module's
 * results, so a viewer that does not recalculate shows the site's numbers.
 */
import type { Translate } from '../../i18n/translate';
import type { ChannelRow } from '../calc/pricing/core';
import { major, ref, sheetName, type Cell, type Sheet, type Workbook } from './workbook';

export interface PriceSheetSku {
  name: string;
  /** Channel rows of the pricing module for this SKU (its unit cost is in `atPrice.unitCost`). */
  rows: readonly { name: string; row: ChannelRow }[];
}

export interface PlatformRate {
  name: string;
  commission: number;
  paymentFee: number;
  source: string;
  asOf: string;
}

export interface PriceSheetInput {
  pricesIncludeVat: boolean;
  targetMargin: number;
  skus: readonly PriceSheetSku[];
  platforms: readonly PlatformRate[];
  /** Empty rows with the formulas in place, for the team's own SKUs. */
  blankRows: number;
}

/** Where the inputs above the table sit: row numbers (1-based) of the VAT switch and the target margin. */
const INCLUDE_ROW = 3;
const TARGET_ROW = 4;
const HEADER_ROW = 6;
const col = {
  sku: 0, channel: 1, unitCost: 2, fixedFees: 3, commission: 4, paymentFee: 5, vatRate: 6, price: 7,
  gross: 8, net: 9, vat: 10, commissionAmount: 11, paymentAmount: 12, profit: 13, margin: 14, minimum: 15,
} as const;

/** The formulas of one table row (1-based `r`), each fee charged on the base the module charges it on. */
export function priceRowFormulas(r: number, bases: { commission: 'gross' | 'net'; payment: 'gross' | 'net' }): Record<'gross' | 'net' | 'vat' | 'commissionAmount' | 'paymentAmount' | 'profit' | 'margin' | 'minimum', string> {
  const c = (k: keyof typeof col) => ref(col[k], r);
  const include = ref(1, INCLUDE_ROW, true);
  const target = ref(1, TARGET_ROW, true);
  const on = (base: 'gross' | 'net') => (base === 'gross' ? c('gross') : c('net'));
  const share = (k: 'commission' | 'paymentFee', base: 'gross' | 'net') => (base === 'gross' ? `${c(k)}*(1+${c('vatRate')})` : c(k));
  return {
    gross: `IF(${include}=1,${c('price')},${c('price')}+ROUND(${c('price')}*${c('vatRate')},2))`,
    net: `IF(${include}=1,ROUND(${c('price')}/(1+${c('vatRate')}),2),${c('price')})`,
    vat: `${c('gross')}-${c('net')}`,
    commissionAmount: `ROUND(${c('commission')}*${on(bases.commission)},2)`,
    paymentAmount: `ROUND(${c('paymentFee')}*${on(bases.payment)},2)`,
    profit: `${c('net')}-${c('unitCost')}-${c('fixedFees')}-${c('commissionAmount')}-${c('paymentAmount')}`,
    margin: `IF(${c('net')}>0,${c('profit')}/${c('net')},"")`,
    // Net price = (unit cost + fixed fees) ÷ (1 − fee share − target), shown with VAT where prices include it,
    // rounded up to the cent so the target is met.
    minimum: `IF(1-${share('commission', bases.commission)}-${share('paymentFee', bases.payment)}-${target}>0,ROUNDUP((${c('unitCost')}+${c('fixedFees')})/(1-${share('commission', bases.commission)}-${share('paymentFee', bases.payment)}-${target})*IF(${include}=1,1+${c('vatRate')},1),2),"")`,
  };
}

/** The base a channel's fee is charged on: as the module charges it, the gross price unless it says otherwise. */
function baseOf(row: ChannelRow, label: string): 'gross' | 'net' {
  return row.channel.fees?.find((f) => f.label === label)?.base ?? 'gross';
}

export function priceSheet(input: PriceSheetInput, t: Translate): Workbook {
  const headers = [
    'templates.price.sku', 'templates.price.channel', 'templates.price.unitCost', 'templates.price.fixedFees',
    'templates.price.commission', 'templates.price.paymentFee', 'templates.price.vatRate', 'templates.price.price',
    'templates.price.gross', 'templates.price.net', 'templates.price.vat', 'templates.price.commissionAmount',
    'templates.price.paymentAmount', 'templates.price.profit', 'templates.price.margin', 'templates.price.minimum',
  ] as const;
  const rows: Cell[][] = [
    [{ value: t('templates.price.title'), bold: true }],
    [t('templates.price.note')],
    [t('templates.price.includeVat'), { value: input.pricesIncludeVat ? 1 : 0, input: true, format: 'count' }],
    [t('templates.price.targetMargin'), { value: input.targetMargin, input: true, format: 'percent' }],
    [],
    headers.map((key) => ({ value: t(key), bold: true, wrap: true })),
  ];
  let r = HEADER_ROW;
  for (const sku of input.skus) {
    for (const { name, row } of sku.rows) {
      r += 1;
      const b = row.atPrice;
      const fee = (label: string) => b.fees.find((f) => f.label === label);
      const f = priceRowFormulas(r, { commission: baseOf(row, 'commission'), payment: baseOf(row, 'payment') });
      const solved = row.solved;
      rows.push([
        { value: sku.name, input: true },
        { value: name, input: true },
        { value: major(b.unitCost), format: 'money', input: true },
        { value: major(b.fixedFees), format: 'money', input: true },
        { value: row.channel.commission, format: 'percent', input: true },
        { value: row.channel.paymentFee, format: 'percent', input: true },
        { value: row.channel.vatRate, format: 'percent', input: true },
        { value: major(b.price), format: 'money', input: true },
        { formula: f.gross, value: major(b.grossPrice), format: 'money' },
        { formula: f.net, value: major(b.netPrice), format: 'money' },
        { formula: f.vat, value: major(b.vat), format: 'money' },
        { formula: f.commissionAmount, value: major(fee('commission')?.amount ?? 0), format: 'money' },
        { formula: f.paymentAmount, value: major(fee('payment')?.amount ?? 0), format: 'money' },
        { formula: f.profit, value: major(b.profit), format: 'money' },
        { formula: f.margin, value: b.margin ?? '', format: 'percent' },
        { formula: f.minimum, value: solved.ok ? major(Math.ceil(solved.exactPrice - 1e-9)) : '', format: 'money' },
      ]);
    }
  }
  for (let i = 0; i < input.blankRows; i++) {
    r += 1;
    const f = priceRowFormulas(r, { commission: 'gross', payment: 'gross' });
    const empty = (format: 'money' | 'percent'): Cell => ({ value: null, input: true, format });
    // A row waiting for its SKU stays blank rather than a line of 0.00: each result appears once the input it
    // starts from is typed (the price; for the target price, the unit cost).
    const once = (input: keyof typeof col, formula: string, format: 'money' | 'percent'): Cell => ({ formula: `IF(${ref(col[input], r)}="","",${formula})`, value: '', format });
    rows.push([
      { value: null, input: true }, { value: null, input: true }, empty('money'), empty('money'), empty('percent'), empty('percent'),
      empty('percent'), empty('money'),
      once('price', f.gross, 'money'),
      once('price', f.net, 'money'),
      once('price', f.vat, 'money'),
      once('price', f.commissionAmount, 'money'),
      once('price', f.paymentAmount, 'money'),
      once('price', f.profit, 'money'),
      once('price', f.margin, 'percent'),
      once('unitCost', f.minimum, 'money'),
    ]);
  }
  const prices: Sheet = {
    name: sheetName(t('templates.price.sheet')),
    widths: [36, 14, 12, 12, 12, 12, 10, 12, 12, 12, 10, 12, 12, 14, 14, 16],
    rows,
    freeze: { rows: HEADER_ROW, columns: 2 },
    choices: [{ cell: ref(1, INCLUDE_ROW), values: ['1', '0'] }],
  };
  const platforms: Sheet = {
    name: sheetName(t('templates.price.platformSheet')),
    widths: [16, 14, 14, 48, 10],
    rows: [
      [{ value: t('templates.price.platformTitle'), bold: true }],
      [t('templates.price.platformNote')],
      [],
      (['templates.price.platform', 'templates.price.commission', 'templates.price.paymentFee', 'templates.price.source', 'templates.price.asOf'] as const).map((key) => ({ value: t(key), bold: true })),
      ...input.platforms.map((p): Cell[] => [p.name, { value: p.commission, format: 'percent' }, { value: p.paymentFee, format: 'percent' }, p.source, p.asOf]),
    ],
    freeze: { rows: 4, columns: 1 },
  };
  return { title: t('templates.price.title'), sheets: [prices, platforms] };
}
