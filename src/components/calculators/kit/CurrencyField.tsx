import { currencies, type Currency } from '../../../lib/money';
import type { T } from '../../../i18n/translate';

/**
 * The currency chooser every calculator shows. There is one currency, in `$assumptions`, shared by all four
 * calculators; the note under the chooser says so.
 */
export function CurrencyField({ id, value, onChange, t }: { id: string; value: Currency; onChange: (currency: Currency) => void; t: T }) {
  return (
    <div class="field">
      <label for={id}>{t('calc.currency')}</label>
      <select id={id} value={value} aria-describedby={`${id}-note`} onChange={(e) => onChange(e.currentTarget.value as Currency)}>
        {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
      <small id={`${id}-note`} class="field-note">{t('calc.currency.shared')}</small>
    </div>
  );
}
