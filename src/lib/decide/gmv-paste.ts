/**
 * Channels pasted from a spreadsheet for the "GMV moved — why?" guide: seven columns — the channel, then
 * visitors, conversion rate (percent, with or without %) and average order value for the first period, then
 * the same for the second. Read with the shared paste reader (`paste-table.ts`), so bad rows are reported
 * with their line, column and what was typed, and only valid rows are kept.
 */
import { toMinor, type Currency } from '../money';
import { MONEY_LIMIT } from '../calc/shared/limits';
import { minorPerMajor } from '../money';
import { numberColumn, parsePastedTable, type PasteColumn, type PasteIssue } from '../paste-table';
import { parseHumanNumber } from '../parse-number';
import { MAX_CHANNELS, MAX_VISITORS, type Channel } from './gmv-change';

export const MAX_NAME = 40;
export const GMV_PASTE_COLUMNS = ['channel', 'visitorsBefore', 'conversionBefore', 'aovBefore', 'visitorsAfter', 'conversionAfter', 'aovAfter'] as const;

export interface GmvPaste {
  channels: Channel[];
  issues: PasteIssue[];
  /** Data rows read, valid or not. */
  read: number;
}

const nameColumn: PasteColumn<string> = {
  key: 'channel',
  parse: (raw) => (raw.length > 0 && [...raw].length <= MAX_NAME ? { ok: true, value: raw } : { ok: false, error: { code: 'name', max: MAX_NAME } }),
  unique: true,
};

/**
 * A first line whose figures are all words is a header row: blanked (not removed, so line numbers in
 * messages stay the spreadsheet's), as the name column would otherwise take it for a channel.
 */
function withoutHeader(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return text;
  const cells = lines[first]!.split(/\t|;|,/).slice(1);
  const wordy = cells.length > 0 && cells.every((c) => !parseHumanNumber(c).ok && /\p{L}/u.test(c));
  if (!wordy) return text;
  lines[first] = '';
  return lines.join('\n');
}

/**
 * Reads pasted channel rows; conversion rates are typed as percent (2.5 or 2.5 % is 2.5 %), order values in
 * major units of `currency`.
 * @example parseGmvPaste('Tmall\t1000\t3%\t81\t900\t3%\t81', 'CNY').channels[0].after //=> { visitors: 900, conversion: 0.03, aov: 8100 }
 */
export function parseGmvPaste(text: string, currency: Currency): GmvPaste {
  const visitors = (key: string) => numberColumn(key, { kind: 'count', min: 0, max: MAX_VISITORS, integer: true });
  const conversion = (key: string) => numberColumn(key, { kind: 'percent', min: 0, max: 100 }, (v) => Math.round(v * 1e8) / 1e10);
  const aov = (key: string) => numberColumn(key, { kind: 'money', min: 0, max: MONEY_LIMIT / minorPerMajor[currency] }, (v) => toMinor(v, currency));
  const parsed = parsePastedTable<[string, number, number, number, number, number, number]>(
    typeof text === 'string' ? withoutHeader(text) : '',
    [nameColumn, visitors('visitorsBefore'), conversion('conversionBefore'), aov('aovBefore'), visitors('visitorsAfter'), conversion('conversionAfter'), aov('aovAfter')],
    { maxRows: MAX_CHANNELS },
  );
  return {
    channels: parsed.rows.map(({ values: [name, v0, c0, a0, v1, c1, a1] }) => ({
      name,
      before: { visitors: v0, conversion: c0, aov: a0 },
      after: { visitors: v1, conversion: c1, aov: a1 },
    })),
    issues: parsed.issues,
    read: parsed.read,
  };
}
