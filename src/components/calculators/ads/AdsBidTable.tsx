import { makeT, type Strings } from '../../../i18n/translate';
import { adsFormat } from './format';
import { useAdsInputs } from './useAdsInputs';

/** The bid table: the most a click may cost at each conversion rate, break-even and at the target ROAS. */
export default function AdsBidTable({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { currency, plan } = useAdsInputs();
  const f = adsFormat(intl, currency);
  return (
    <section class="calc-bids" data-calculator-island="ads-bids">
      <h3 id="ads-bids-title">{t('ads.bids.title')}</h3>
      <p class="promo-note">{t('ads.bids.note')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="ads-bids-title">
        <table data-bid-table>
          <thead>
            <tr>
              <th scope="col">{t('ads.bids.conversionRate')}</th>
              <th scope="col" class="num">{t('ads.bids.maxCpc')}</th>
              <th scope="col" class="num">{t('ads.bids.maxCpcAtTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.bidTable.map((row) => (
              <tr key={row.conversionRate} data-own={row.own ? 'true' : undefined} class={row.own ? 'total' : undefined}>
                <th scope="row">{f.pct(row.conversionRate, 2)}{row.own ? ` ${t('ads.bids.own')}` : ''}</th>
                <td class="num" data-bid-max>{f.money(row.maxCpc)}</td>
                <td class="num" data-bid-target>{f.money(row.maxCpcAtTarget)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
