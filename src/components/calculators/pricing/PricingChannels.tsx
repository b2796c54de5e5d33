import { channelRowsOf } from '../../../lib/calc/pricing';
import { channelName } from '../../../lib/channel-name';
import { toMajor, toMinor } from '../../../lib/money';
import { NumberField } from '../kit/NumberField';
import { RowTable } from '../kit/RowTable';
import { makeT, type Strings } from '../../../i18n/translate';
import { usePricingInputs } from './usePricingInputs';
import { moneyLimitMajor, pricingFormat, toPercent, toRate } from '../kit/format';
import { MAX_FORM_CHANNELS, newChannel, type ChannelField, type FormChannel } from '../../../lib/calc/pricing/schema';
import type { ComponentChildren } from 'preact';

/** Each channel's price for the same margin, and its margin at the current price; channels are editable. */
export default function PricingChannels({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { a, form, scenario, setForm } = usePricingInputs();
  const currency = a.currency;
  const f = pricingFormat(intl, currency);
  const table = channelRowsOf(a, form, scenario.price);
  const rows = table.ok ? table.rows : [];
  const setChannel = (i: number, patch: Partial<FormChannel>) =>
    setForm({ channels: form.channels.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const setOwn = (i: number, field: ChannelField, value: number | undefined) => {
    const { [field]: _dropped, ...rest } = form.channels[i]?.own ?? {};
    setChannel(i, { own: value === undefined ? rest : { ...rest, [field]: value } });
  };
  /** A cell: the row's own value or the one it takes from above; an own value is marked and can be put back. */
  const cell = (i: number, name: string, field: ChannelField, input: (label: string) => ComponentChildren) => {
    const own = form.channels[i]?.own[field] !== undefined;
    const label = `${name}: ${t(`pricing.channel.${field}`)}`;
    return (
      <td class={own ? 'num channel-cell channel-cell--own' : 'num channel-cell'} key={field} data-own={own ? 'true' : undefined}>
        <div class="channel-cell-inner">
          {own && <span class="channel-own-mark" aria-hidden="true">●</span>}
          {input(own ? `${label} (${t('pricing.channel.overridden')})` : label)}
          {own && (
            <button type="button" class="channel-reset" data-action="channel-reset" aria-label={t('pricing.channel.inherit', { cell: label })}
              title={t('pricing.channel.inherit', { cell: label })} onClick={() => setOwn(i, field, undefined)}>↺</button>
          )}
        </div>
      </td>
    );
  };

  return (
    <section class="calc-channels" aria-labelledby="pricing-channels-title" data-calculator-island="pricing-channels">
      <h3 id="pricing-channels-title">{t('pricing.channels')}</h3>
      <p>{t('pricing.channels.note', { margin: f.pct(form.targetMargin) })}</p>
      <p class="channel-inherit-note">{t('pricing.channels.inherit')}</p>
      <RowTable rows={rows} wide label={t('pricing.channels.note', { margin: f.pct(form.targetMargin) })} tableProps={{ 'data-channel-table': true }}
        head={
          <tr>
            <th scope="col">{t('pricing.channel.name')}</th>
            <th scope="col" class="num">{t('pricing.channel.commission')}</th>
            <th scope="col" class="num">{t('pricing.channel.paymentFee')}</th>
            <th scope="col" class="num">{t('pricing.channel.fixedFee')}</th>
            <th scope="col" class="num">{t('pricing.channel.vatRate')}</th>
            <th scope="col" class="num">{t('pricing.channel.price')}</th>
            <th scope="col" class="num">{t('pricing.channel.marginAt', { price: f.money(scenario.price) })}</th>
            <th scope="col"><span class="visually-hidden">{t('pricing.channel.removeColumn')}</span></th>
          </tr>
        }
        cells={(row, i) => {
          const name = channelName(t, row.channel.name, i);
          return (
            <>
              <td>
                <input type="text" id={`pricing-channel-${i}-name`} aria-label={`${t('pricing.channel.name')} ${i + 1}`} value={row.channel.name} placeholder={name} maxLength={40}
                  onInput={(e) => setChannel(i, { name: e.currentTarget.value.slice(0, 40) })} />
              </td>
              {(['commission', 'paymentFee'] as const).map((field) => cell(i, name, field, (label) => (
                <NumberField id={`pricing-channel-${i}-${field}`} hideLabel label={label}
                  value={toPercent(row.channel[field])} t={t} spec={{ kind: 'percent', min: 0, max: 100 }}
                  format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => setOwn(i, field, toRate(v))} />
              )))}
              {cell(i, name, 'fixedFee', (label) => (
                <NumberField id={`pricing-channel-${i}-fixedFee`} hideLabel label={label}
                  value={toMajor(row.channel.fixedFee, currency)} t={t} spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }}
                  format={f.moneyField} formatBound={f.bound} onValid={(v) => setOwn(i, 'fixedFee', toMinor(v, currency))} />
              ))}
              {cell(i, name, 'vatRate', (label) => (
                <NumberField id={`pricing-channel-${i}-vatRate`} hideLabel label={label}
                  value={toPercent(row.channel.vatRate)} t={t} spec={{ kind: 'percent', min: 0, max: 100 }}
                  format={f.percentField} formatBound={f.bound} unit="%" onValid={(v) => setOwn(i, 'vatRate', toRate(v))} />
              ))}
              <td class="num" data-channel-price>{row.solved.ok ? f.money(row.solved.breakdown.price) : t('pricing.channel.unreachable')}</td>
              <td class="num" data-channel-margin>{row.atPrice.margin === null ? '—' : f.pct(row.atPrice.margin)}</td>
            </>
          );
        }}
        removeLabel={(i) => t('pricing.channel.remove', { name: channelName(t, form.channels[i]?.name ?? '', i) })}
        onRemove={(i) => setForm({ channels: form.channels.filter((_, j) => j !== i) })}
        addLabel={t('pricing.channel.add')} addAction="add-channel" max={MAX_FORM_CHANNELS}
        onAdd={() => setForm({ channels: [...form.channels, newChannel()] })} />
    </section>
  );
}
