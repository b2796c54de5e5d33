import { useState } from 'preact/hooks';
import { marginToMarkup, markupToMargin } from '../../../lib/calc/pricing';
import { NumberField } from '../kit/NumberField';
import { makeT, type Strings } from '../../../i18n/translate';
import { pricingFormat, toRate } from '../kit/format';

/** Margin ↔ markup, both ways: the two numbers people mix up most. */
export default function MarginMarkupConverter({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const f = pricingFormat(intl, 'CNY');
  const [margin, setMargin] = useState(40);
  const [markup, setMarkup] = useState(100);
  const markupResult = marginToMarkup(toRate(margin));
  const toMarkup = typeof markupResult === 'number' ? markupResult : null;
  const marginResult = markupToMargin(toRate(markup));
  const toMargin = typeof marginResult === 'number' ? marginResult : null;
  return (
    <section class="calc-converter" aria-labelledby="pricing-converter-title" data-calculator-island="pricing-converter">
      <h3 id="pricing-converter-title">{t('pricing.converter')}</h3>
      <div class="calc-grid">
        <div>
          <NumberField id="pricing-converter-margin" label={t('pricing.converter.margin')} value={margin} t={t}
            spec={{ kind: 'percent', min: -1000, max: 99.99 }} format={f.percentField} formatBound={f.bound} unit="%" onValid={setMargin} />
          <p data-result="converted-markup" aria-live="polite">
            {toMarkup !== null && t('pricing.converter.note', { margin: f.pct(toRate(margin), 2), markup: f.pct(toMarkup, 2) })}
          </p>
        </div>
        <div>
          <NumberField id="pricing-converter-markup" label={t('pricing.converter.markup')} value={markup} t={t}
            spec={{ kind: 'percent', min: -99.99, max: 100000 }} format={f.percentField} formatBound={f.bound} unit="%" onValid={setMarkup} />
          <p data-result="converted-margin" aria-live="polite">
            {toMargin !== null && t('pricing.converter.note', { margin: f.pct(toMargin, 2), markup: f.pct(toRate(markup), 2) })}
          </p>
        </div>
      </div>
    </section>
  );
}
