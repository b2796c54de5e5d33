import { parseHumanNumber } from './parse-number';

/** What a form field holds; decides whether `%` may be typed and how the value is shown. */
export type FieldKind = 'money' | 'percent' | 'count' | 'number';

export interface FieldSpec {
  kind: FieldKind;
  /** Inclusive bounds, in the units the person types (percent fields: 30 means 30 %). */
  min: number;
  max: number;
  /** Whole numbers only (units, visitors). */
  integer?: boolean;
}

export type FieldErrorCode = 'empty' | 'invalid' | 'range' | 'integer';
export interface FieldError {
  code: FieldErrorCode;
  min: number;
  max: number;
}
export type FieldResult = { ok: true; value: number } | { ok: false; error: FieldError };

/**
 * Parses and range-checks one field as typed. Percent fields return the typed percentage (30 for "30 %");
 * a `%` sign on any other field is refused.
 * @example parseField('30%', { kind: 'percent', min: 0, max: 99 }) //=> { ok: true, value: 30 }
 * @example parseField('-5', { kind: 'money', min: 0, max: 1e6 }) //=> { ok: false, error: { code: 'range', min: 0, max: 1000000 } }
 */
export function parseField(raw: string, spec: FieldSpec): FieldResult {
  const fail = (code: FieldErrorCode): FieldResult => ({ ok: false, error: { code, min: spec.min, max: spec.max } });
  const parsed = parseHumanNumber(raw);
  if (!parsed.ok) return fail(parsed.reason);
  if (parsed.percent && spec.kind !== 'percent') return fail('invalid');
  const { value } = parsed;
  if (spec.integer && !Number.isInteger(value)) return fail('integer');
  if (value < spec.min || value > spec.max) return fail('range');
  return { ok: true, value };
}

/**
 * Fills a field error message template: `{field}`, `{min}` and `{max}` are replaced.
 * @example fieldErrorMessage('{field} must be between {min} and {max}.', 'Unit cost', { code: 'range', min: 0, max: 100 }, String)
 * //=> 'Unit cost must be between 0 and 100.'
 */
export function fieldErrorMessage(
  template: string,
  label: string,
  error: FieldError,
  formatBound: (n: number) => string,
): string {
  return template
    .replace('{field}', label)
    .replace('{min}', formatBound(error.min))
    .replace('{max}', formatBound(error.max));
}
