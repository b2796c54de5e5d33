import { toMajor, toMinor, type Currency } from '../../../lib/money';
import { NumberField } from '../kit/NumberField';
import type { T } from '../../../i18n/translate';
import { moneyLimitMajor, toPercent, toRate } from '../kit/format';
import type { PromotionFormat } from './format';

interface Options {
  min?: number;
  max?: number;
  hideLabel?: boolean;
}

/** Number fields in the units people type — money in major units, rates in percent — storing minor units and decimals. */
export function makeFields(t: T, f: PromotionFormat, currency: Currency) {
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
