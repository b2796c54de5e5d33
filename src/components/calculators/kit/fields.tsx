import { toMajor, toMinor, type Currency } from '../../../lib/money';
import { NumberField } from './NumberField';
import type { T } from '../../../i18n/translate';
import { moneyLimitMajor, toPercent, toRate } from './format';

/** The formats a field needs: how a value is written back, its bounds in messages, the money unit. */
export interface FieldFormat {
  moneyField: (major: number) => string;
  percentField: (percent: number) => string;
  count: (n: number) => string;
  bound: (n: number) => string;
  moneyUnit: string;
}

interface Options {
  min?: number;
  max?: number;
  hideLabel?: boolean;
}

/** Field factories for every calculator: number fields in the units people type — money in major units, rates in percent — storing minor units and decimals. */
export function makeFields(t: T, f: FieldFormat, currency: Currency) {
  return {
    money: (id: string, label: string, minor: number, apply: (minor: number) => void, o: Options = {}) => (
      <NumberField id={id} label={label} value={toMajor(minor, currency)} t={t} hideLabel={o.hideLabel ?? false}
        spec={{ kind: 'money', min: o.min ?? 0, max: o.max ?? moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
        onValid={(v) => apply(toMinor(v, currency))} />
    ),
    percent: (id: string, label: string, rate: number, apply: (rate: number) => void, o: Options = {}) => (
      <NumberField id={id} label={label} value={toPercent(rate)} t={t} hideLabel={o.hideLabel ?? false}
        spec={{ kind: 'percent', min: o.min ?? 0, max: o.max ?? 100 }} format={f.percentField} formatBound={f.bound} unit="%"
        onValid={(v) => apply(toRate(v))} />
    ),
    count: (id: string, label: string, n: number, apply: (n: number) => void, o: Options = {}) => (
      <NumberField id={id} label={label} value={n} t={t} hideLabel={o.hideLabel ?? false}
        spec={{ kind: 'count', min: o.min ?? 0, max: o.max ?? 1e9, integer: true }} format={f.count} formatBound={f.bound}
        onValid={apply} />
    ),
  };
}
export type Fields = ReturnType<typeof makeFields>;
