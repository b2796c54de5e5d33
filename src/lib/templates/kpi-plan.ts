/**
 * The monthly KPI plan: the annual GMV target and the visitors it needs, split by month on the seasonal
 * weights with formulas (month share × annual target). The KPI module splits in whole minor units (and whole
 * visitors) by largest remainder, the earlier month first on a tie (`allocate` in `lib/money.ts`); the helper
 * columns on the right do the same, so each month is exactly the site's figure and the months add up to the year.
 */
import type { Translate } from '../../i18n/translate';
import { ref, sheetName, type Cell, type Workbook } from './workbook';

export interface KpiPlanInput {
  /** Annual paid GMV target, minor units. */
  gmv: number;
  /** Average order value, minor units. */
  aov: number;
  /** Conversion rate, decimal. */
  cvr: number;
  /** Visitors the target needs (the KPI module's `solveFunnel`). */
  uv: number;
  weights: readonly number[];
  /** Each month's label ("Jan 2027", "2027年1月"). */
  months: readonly string[];
  /** The KPI module's split: each month's share, GMV (minor units) and visitors. */
  shares: readonly number[];
  gmvParts: readonly number[];
  uvParts: readonly number[];
}

const GMV_ROW = 3;
const AOV_ROW = 4;
const CVR_ROW = 5;
const UV_ROW = 6;
const HEADER_ROW = 8;
const col = {
  month: 0, label: 1, weight: 2, share: 3, gmv: 4, uv: 5, owner: 6, note: 7,
  gmvExact: 9, gmvFloor: 10, gmvRem: 11, gmvRank: 12, uvExact: 13, uvFloor: 14, uvRem: 15, uvRank: 16,
} as const;

/** The formulas of month row `r` (1-based) among `first`..`last`. */
export function kpiRowFormulas(r: number, first: number, last: number): Record<'share' | 'gmv' | 'uv' | 'gmvExact' | 'gmvFloor' | 'gmvRem' | 'gmvRank' | 'uvExact' | 'uvFloor' | 'uvRem' | 'uvRank', string> {
  const c = (k: keyof typeof col) => ref(col[k], r);
  const range = (k: keyof typeof col) => `${ref(col[k], first, true)}:${ref(col[k], last, true)}`;
  const weights = range('weight');
  const gmvFen = `ROUND(${ref(1, GMV_ROW, true)}*100,0)`;
  const uvTotal = ref(1, UV_ROW, true);
  const rank = (rem: 'gmvRem' | 'uvRem') =>
    `SUMPRODUCT((${range(rem)}>${c(rem)})*1)+SUMPRODUCT((${range(rem)}=${c(rem)})*(${range('month')}<${c('month')}))+1`;
  return {
    share: `${c('weight')}/SUM(${weights})`,
    gmvExact: `${gmvFen}*${c('weight')}/SUM(${weights})`,
    gmvFloor: `INT(${c('gmvExact')})`,
    gmvRem: `${c('gmvExact')}-${c('gmvFloor')}`,
    gmvRank: rank('gmvRem'),
    gmv: `(${c('gmvFloor')}+IF(${c('gmvRank')}<=${gmvFen}-SUM(${range('gmvFloor')}),1,0))/100`,
    uvExact: `${uvTotal}*${c('weight')}/SUM(${weights})`,
    uvFloor: `INT(${c('uvExact')})`,
    uvRem: `${c('uvExact')}-${c('uvFloor')}`,
    uvRank: rank('uvRem'),
    uv: `${c('uvFloor')}+IF(${c('uvRank')}<=${uvTotal}-SUM(${range('uvFloor')}),1,0)`,
  };
}

export function kpiPlan(input: KpiPlanInput, t: Translate): Workbook {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + input.weights.length;
  const rows: Cell[][] = [
    [{ value: t('templates.kpi.title'), bold: true }],
    [t('templates.kpi.note')],
    [t('templates.kpi.gmv'), { value: input.gmv / 100, format: 'money', input: true }],
    [t('templates.kpi.aov'), { value: input.aov / 100, format: 'money', input: true }],
    [t('templates.kpi.cvr'), { value: input.cvr, format: 'percent', input: true }],
    [t('templates.kpi.uv'), { formula: `ROUNDUP(${ref(1, GMV_ROW, true)}/(${ref(1, AOV_ROW, true)}*${ref(1, CVR_ROW, true)}),0)`, value: input.uv, format: 'count' }],
    [],
  ];
  const header: Cell[] = (['templates.kpi.month', 'templates.kpi.label', 'templates.kpi.weight', 'templates.kpi.share', 'templates.kpi.gmvTarget', 'templates.kpi.uvTarget', 'templates.kpi.owner', 'templates.kpi.monthNote'] as const)
    .map((key) => ({ value: t(key), bold: true, wrap: true }));
  header[col.gmvExact] = { value: t('templates.kpi.helper'), bold: true };
  rows.push(header);
  input.weights.forEach((weight, i) => {
    const r = first + i;
    const f = kpiRowFormulas(r, first, last);
    const gmvExact = (Math.round(input.gmv) * weight) / input.weights.reduce((a, b) => a + b, 0);
    const uvExact = (input.uv * weight) / input.weights.reduce((a, b) => a + b, 0);
    const row: Cell[] = [
      i + 1,
      input.months[i] ?? '',
      { value: weight, input: true },
      { formula: f.share, value: input.shares[i] ?? 0, format: 'percent' },
      { formula: f.gmv, value: (input.gmvParts[i] ?? 0) / 100, format: 'money' },
      { formula: f.uv, value: input.uvParts[i] ?? 0, format: 'count' },
      { value: null, input: true },
      { value: null, input: true },
      null,
      { formula: f.gmvExact, value: gmvExact, format: 'decimal' },
      { formula: f.gmvFloor, value: Math.floor(gmvExact), format: 'count' },
      { formula: f.gmvRem, value: gmvExact - Math.floor(gmvExact), format: 'decimal' },
      { formula: f.gmvRank, value: 0, format: 'count' },
      { formula: f.uvExact, value: uvExact, format: 'decimal' },
      { formula: f.uvFloor, value: Math.floor(uvExact), format: 'count' },
      { formula: f.uvRem, value: uvExact - Math.floor(uvExact), format: 'decimal' },
      { formula: f.uvRank, value: 0, format: 'count' },
    ];
    rows.push(row);
  });
  // Ranks as the formulas give them, so the cached values agree with a recalculation.
  for (const [remCol, rankCol] of [[col.gmvRem, col.gmvRank], [col.uvRem, col.uvRank]] as const) {
    const rems = rows.slice(first - 1, last).map((row) => Number((row[remCol] as { value: number }).value));
    rems.forEach((rem, i) => {
      const rank = rems.filter((x) => x > rem).length + rems.slice(0, i).filter((x) => x === rem).length + 1;
      (rows[first - 1 + i]![rankCol] as { value: number }).value = rank;
    });
  }
  const sum = (k: keyof typeof col) => `SUM(${ref(col[k], first)}:${ref(col[k], last)})`;
  rows.push([
    { value: t('templates.kpi.total'), bold: true }, null,
    { formula: sum('weight'), value: input.weights.reduce((a, b) => a + b, 0) },
    { formula: sum('share'), value: 1, format: 'percent' },
    { formula: sum('gmv'), value: input.gmvParts.reduce((a, b) => a + b, 0) / 100, format: 'money' },
    { formula: sum('uv'), value: input.uvParts.reduce((a, b) => a + b, 0), format: 'count' },
  ]);
  return {
    title: t('templates.kpi.title'),
    sheets: [{
      name: sheetName(t('templates.kpi.sheet')),
      widths: [8, 14, 10, 10, 16, 14, 14, 24, 4, 16, 14, 12, 8, 14, 12, 12, 8],
      rows,
      freeze: { rows: HEADER_ROW, columns: 2 },
    }],
  };
}
