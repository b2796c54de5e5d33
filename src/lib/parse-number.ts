/**
 * Reads numbers the way people type them: `1,234.5`, `12,5`, `１２３．５`, `30%`, `¥ 80`, `$1 200`.
 * Returns a reason instead of a number when the text is not one; never NaN, Infinity or -0.
 */

export type ParseFailure = 'empty' | 'invalid';
export type ParsedNumber =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: ParseFailure };

const CURRENCY_PREFIX = /^(?:us\$|¥|\$|€|£|rmb|cny|usd|eur|gbp)/i;
const CURRENCY_SUFFIX = /(?:¥|\$|€|£|元|rmb|cny|usd|eur|gbp)$/i;
const MINUS = /^[-\u2212\u2012\u2013\uFE63]/;

/**
 * Parses one human-typed number. `percent` tells whether a trailing `%` was present (the value is
 * returned as typed: `30%` gives 30).
 * @example parseHumanNumber('1,234.5') //=> { ok: true, value: 1234.5, percent: false }
 * @example parseHumanNumber('12,5') //=> { ok: true, value: 12.5, percent: false }
 * @example parseHumanNumber('１２３．５') //=> { ok: true, value: 123.5, percent: false }
 * @example parseHumanNumber('30％') //=> { ok: true, value: 30, percent: true }
 * @example parseHumanNumber('1e309') //=> { ok: false, reason: 'invalid' }
 */
export function parseHumanNumber(input: string): ParsedNumber {
  if (typeof input !== 'string') return { ok: false, reason: 'invalid' };
  // NFKC turns full-width digits and punctuation from Chinese input methods into ASCII.
  let s = input.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f_']/g, '');
  if (s.length === 0) return { ok: false, reason: 'empty' };
  if (s.length > 40) return { ok: false, reason: 'invalid' };
  s = s.replace(/。/g, '.');

  let negative = false;
  let hasSign = false;
  const takeSign = () => {
    if (MINUS.test(s)) {
      negative = true;
      hasSign = true;
      s = s.slice(1);
    } else if (s.startsWith('+')) {
      hasSign = true;
      s = s.slice(1);
    }
  };
  takeSign();
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  // One currency sign or code before the number and/or one after it: `¥80`, `80元`, `RMB 99`.
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix) s = s.slice(prefix[0].length);
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix) s = s.slice(0, -suffix[0].length);
  if (prefix && !hasSign) takeSign(); // ¥-5
  if (!percent && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (s.length === 0) return { ok: false, reason: 'invalid' };

  const normalised = normaliseSeparators(s);
  if (normalised === undefined || !/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, reason: 'invalid' };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  const signed = negative ? -value : value;
  return { ok: true, value: signed === 0 ? 0 : signed, percent };
}

/** Decides which of `,` and `.` is the decimal separator; `undefined` when the grouping is inconsistent. */
function normaliseSeparators(s: string): string | undefined {
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas === 0 && dots <= 1) return s;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac, extra] = s.split(decimal);
    if (extra !== undefined || !validGrouping(intPart!, group)) return undefined;
    return `${intPart!.split(group).join('')}.${frac}`;
  }
  if (commas > 0) {
    // `1,234` and `1,234,567` group thousands; a single comma elsewhere (`12,5`) is a decimal comma.
    if (validGrouping(s, ',')) return s.split(',').join('');
    if (commas === 1) return s.replace(',', '.');
    return undefined;
  }
  // Several dots: only valid as thousands groups (`1.234.567`).
  return validGrouping(s, '.') ? s.split('.').join('') : undefined;
}

function validGrouping(s: string, group: string): boolean {
  if (!s.includes(group)) return /^\d*$/.test(s);
  const parts = s.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
