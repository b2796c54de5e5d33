/** The incentive calculator's inputs and results as CSV rows, labelled in the reader's language. */
import type { Translate } from '../../../i18n/translate';
import { csvPercent, toCsv, type CsvCell } from '../../csv';
import { toMajor, type Currency } from '../../money';
import type { CommissionForm, PoolForm } from './schema';
import { teamCommission, type CommissionScenario, type PoolResult, type TeamCommissionResult } from './core';

export interface ReportFormat {
  t: Translate;
  pct: (rate: number, digits?: number) => string;
  tierName: (index: number) => string;
  kpiName: (index: number) => string;
  personName: (index: number) => string;
  /** An unnamed person of the commission team; by default "Person n" through `t`. */
  sellerName?: (index: number) => string;
}

export interface IncentiveReportInput {
  currency: Currency;
  commission: CommissionForm;
  scenario: CommissionScenario;
  /** The commission team's payouts; computed from `commission` when absent. */
  team?: TeamCommissionResult;
  pool: PoolForm;
  split: PoolResult;
}

/**
 * Rows: the commission plan and its result (lines, quick deductions, cliffs), then the pool, its scorecard
 * and each person's score and payout. Amounts are plain numbers in major units so spreadsheets can sum
 * them; the currency has its own row.
 * @example incentiveReportRows(input, format)[1] //=> ['Currency', 'CNY']
 */
export function incentiveReportRows(r: IncentiveReportInput, f: ReportFormat): CsvCell[][] {
  const { commission: c, pool } = r;
  const major = (minor: number) => toMajor(minor, r.currency);
  const rows: CsvCell[][] = [[f.t('calc.input'), f.t('calc.value')]];
  rows.push([f.t('calc.currency'), r.currency]);
  rows.push([f.t('incentive.method'), f.t(`incentive.method.${c.method}`, { unit: f.t(`incentive.unit.${r.currency}`) })]);
  rows.push([f.t('incentive.sales'), major(c.sales)]);
  rows.push([f.t('incentive.target'), major(c.target)]);
  if (c.gate !== null) rows.push([f.t('incentive.gate'), csvPercent(c.gate, 2)]);
  if (c.cap !== null) rows.push([f.t('incentive.cap'), major(c.cap)]);
  if (c.accelerator !== null) {
    rows.push([f.t('incentive.accelerator.from'), csvPercent(c.accelerator.from, 2)]);
    rows.push([f.t('incentive.accelerator.multiplier'), c.accelerator.multiplier]);
  }
  rows.push([]);
  rows.push([f.t('incentive.tier'), f.t('incentive.tier.from'), f.t('incentive.tier.to'), f.t('incentive.tier.rate')]);
  c.tiers.forEach((tier, i) => {
    const next = c.tiers[i + 1];
    rows.push([f.tierName(i), major(tier.from), next ? major(next.from) : '', csvPercent(tier.rate, 2)]);
  });

  rows.push([]);
  rows.push([f.t('calc.result'), f.t('calc.value')]);
  const result = r.scenario.result;
  if (!result.ok) {
    rows.push([f.t('incentive.result.payout'), f.t('incentive.result.invalid')]);
  } else {
    rows.push([f.t('incentive.result.payout'), major(result.payout)]);
    rows.push([f.t('incentive.result.gross'), major(result.gross)]);
    rows.push([f.t('incentive.result.effectiveRate'), result.effectiveRate === null ? '' : csvPercent(result.effectiveRate, 2)]);
    if (r.scenario.other) rows.push([f.t(`incentive.result.other.${r.scenario.other.method}`), major(r.scenario.other.payout)]);
    rows.push([]);
    rows.push([f.t('incentive.tier'), f.t('incentive.line.base'), f.t('incentive.tier.rate'), f.t('incentive.line.multiplier'), f.t('incentive.line.amount')]);
    for (const line of result.lines) {
      rows.push([f.tierName(line.tier), major(line.base), csvPercent(line.rate, 2), line.multiplier, major(line.amount)]);
    }
    if (result.quickDeductions) {
      rows.push([]);
      rows.push([f.t('incentive.quick.from'), f.t('incentive.tier.to'), f.t('incentive.tier.rate'), f.t('incentive.quick.deduction')]);
      for (const row of result.quickDeductions) rows.push([major(row.from), row.to === null ? '' : major(row.to), csvPercent(row.rate, 2), major(row.deduction)]);
    }
    if (r.scenario.cliffs.length > 0) {
      rows.push([]);
      rows.push([f.t('incentive.cliff.sales'), f.t('incentive.cliff.before'), f.t('incentive.cliff.after'), f.t('incentive.cliff.jump')]);
      for (const cliff of r.scenario.cliffs) rows.push([major(cliff.sales), major(cliff.before), major(cliff.after), major(cliff.jump)]);
    }
  }

  rows.push([]);
  rows.push([f.t('incentive.commissionTeam')]);
  rows.push([f.t('incentive.commissionTeam.name'), f.t('incentive.commissionTeam.sales'), f.t('incentive.commissionTeam.payout'), f.t('incentive.commissionTeam.rate')]);
  const team = r.team ?? teamCommission(c, c.people);
  if (!team.ok) {
    rows.push([f.t('incentive.commissionTeam.payout'), f.t('incentive.result.invalid')]);
  } else {
    team.people.forEach((p, i) => {
      rows.push([p.name || (f.sellerName ? f.sellerName(i) : f.t('incentive.person.n', { n: i + 1 })), major(p.sales), major(p.payout), p.effectiveRate === null ? '' : csvPercent(p.effectiveRate, 2)]);
    });
    rows.push([f.t('incentive.commissionTeam.total'), major(team.totalSales), major(team.totalPayout), team.costRate === null ? '' : csvPercent(team.costRate, 2)]);
  }

  rows.push([]);
  rows.push([f.t('incentive.pool.amount'), major(pool.amount)]);
  rows.push([f.t('incentive.pool.floor'), csvPercent(pool.floor, 2)]);
  rows.push([f.t('incentive.kpi'), f.t('incentive.kpi.weight'), f.t('incentive.kpi.cap')]);
  pool.kpis.forEach((kpi, k) => rows.push([f.kpiName(k), csvPercent(kpi.weight, 2), csvPercent(kpi.cap, 2)]));
  rows.push([]);
  rows.push([
    f.t('incentive.person.name'),
    ...pool.kpis.map((_, k) => f.kpiName(k)),
    f.t('incentive.person.weighted'),
    f.t('incentive.person.grade'),
    f.t('incentive.person.score'),
    f.t('incentive.person.share'),
    f.t('incentive.person.payout'),
  ]);
  const split = r.split;
  if (!split.ok) {
    rows.push([f.t('incentive.person.payout'), f.t('incentive.result.invalid')]);
    return rows;
  }
  split.people.forEach((m, i) => {
    rows.push([
      f.personName(i),
      ...m.capped.map((a) => csvPercent(a, 2)),
      csvPercent(m.weighted, 2),
      m.grade,
      csvPercent(m.score, 2),
      csvPercent(m.share, 2),
      major(m.payout),
    ]);
  });
  // Scores are not summed: a total of grade-adjusted percentages means nothing. The payouts add up to the pool.
  rows.push([f.t('incentive.team.total'), ...pool.kpis.map(() => ''), '', '', '', '', major(split.allocated)]);
  if (split.unallocated > 0) rows.push([f.t('incentive.team.unallocated'), major(split.unallocated)]);
  return rows;
}

/**
 * The CSV document for the incentive calculator: byte-order mark, CRLF lines, formula-safe text cells.
 * @example incentiveCsv(input, format).startsWith('\uFEFFInput,Value\r\n') //=> true
 */
export function incentiveCsv(r: IncentiveReportInput, f: ReportFormat): string {
  return toCsv(incentiveReportRows(r, f));
}
