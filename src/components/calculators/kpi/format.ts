import { formatNumber, toMajor, type Currency } from '../../../lib/money';
import { dateOfDay, periodRanges, type PeriodUnit } from '../../../lib/calc/kpi';
import { MAX_AOV, MAX_GMV } from '../../../lib/calc/kpi';
import { pricingFormat } from '../kit/format';
import type { T } from '../../../i18n/translate';
import { valueOr } from '../../../lib/calc/shared/input-error';

export { toPercent, toRate } from '../kit/format';

/** Largest GMV and order value a person can type, in major units. */
export const GMV_MAX_MAJOR = MAX_GMV / 100;
export const AOV_MAX_MAJOR = MAX_AOV / 100;

const utc = (year: number, day: number) => {
  const { month, day: d } = valueOr(dateOfDay(year, day), { month: 1, day: 1 });
  return Date.UTC(year, month - 1, d);
};

/** Display helpers for the KPI islands: the pricing ones plus counts, dates and period names. */
export function kpiFormat(intl: string, currency: Currency, t: T) {
  const base = pricingFormat(intl, currency);
  const longDate = new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(intl, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' });
  const compact = new Intl.NumberFormat(intl, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    ...base,
    count: (n: number) => formatNumber(n, intl, 0),
    /** Chart ticks: "3M", "300万". */
    compactMoney: (minor: number) => compact.format(toMajor(minor, currency)),
    countField: (n: number) => formatNumber(n, intl, 0),
    major: (minor: number) => toMajor(minor, currency),
    /** A day of the plan year as a date: "18 Jun 2026", "2026年6月18日". */
    date: (year: number, day: number) => longDate.format(utc(year, day)),
    shortDate: (year: number, day: number) => shortDate.format(utc(year, day)),
    /** "January", "Week 3 (15–21 Jan)". */
    period: (unit: PeriodUnit, year: number, index: number) => {
      if (unit === 'month') return monthName.format(Date.UTC(year, index, 1));
      const range = valueOr(periodRanges('week', year), [])[index];
      const n = t('kpi.week', { n: index + 1 });
      return range ? `${n} (${shortDate.format(utc(year, range.start))}–${shortDate.format(utc(year, range.end))})` : n;
    },
    /** An ISO date, as an example the reader can copy. */
    iso: (year: number, day: number) => {
      const { month, day: d } = valueOr(dateOfDay(year, day), { month: 1, day: 1 });
      return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    },
  };
}
export type KpiFormat = ReturnType<typeof kpiFormat>;
