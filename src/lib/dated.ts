/**
 * Reads the dates the reference data carries, `YYYY-MM` (the month a figure was checked) or `YYYY-MM-DD`
 * (the day a rule took effect), and writes them for readers in their language.
 */

/**
 * The date in words, month precision kept as a month; `undefined` when the text is not such a date.
 * @example formatDated('2025-06', 'en-GB') //=> 'June 2025'
 * @example formatDated('2022-07-01', 'zh-CN') //=> '2022年7月1日'
 */
export function formatDated(value: string, intlLocale: string): string | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  // Reject 2025-13 or 2025-02-30, which Date would roll over into another month.
  if (date.getUTCMonth() !== Number(m) - 1 || (d && date.getUTCDate() !== Number(d))) return undefined;
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale, options).format(date);
}
