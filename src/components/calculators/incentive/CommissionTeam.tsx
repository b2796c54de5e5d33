import { useState } from 'preact/hooks';
import { teamCommission } from '../../../lib/calc/incentive';
import { parseSalesPaste } from '../../../lib/calc/incentive/paste';
import { FORM_MAX_PEOPLE, newSeller, type CommissionForm, type SellerForm } from '../../../lib/calc/incentive/schema';
import { pasteIssueMessage } from '../../../lib/paste-table';
import { toMajor, toMinor, type Currency } from '../../../lib/money';
import { calcKey, type Translate } from '../../../i18n/translate';
import { NumberField } from '../kit/NumberField';
import { RowTable } from '../kit/RowTable';
import { moneyLimitMajor, type pricingFormat } from '../kit/format';

interface Props {
  t: Translate;
  f: ReturnType<typeof pricingFormat>;
  currency: Currency;
  commission: CommissionForm;
  setCommission: (patch: Partial<CommissionForm>) => void;
}

/**
 * The commission plan paid to each person of a team: one row per person (name, sales), their commission and
 * effective rate, the team's totals, and rows pasted from a spreadsheet. The maths is `teamCommission`.
 */
export function CommissionTeam({ t, f, currency, commission: c, setCommission }: Props) {
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<{ done: string; issues: string[] } | null>(null);
  const team = teamCommission(c, c.people);
  const name = (i: number) => c.people[i]?.name || t('incentive.person.n', { n: i + 1 });
  const setSeller = (i: number, patch: Partial<SellerForm>) => setCommission({ people: c.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const importPaste = () => {
    const parsed = parseSalesPaste(pasted, currency, FORM_MAX_PEOPLE);
    if (parsed.people.length > 0) setCommission({ people: parsed.people });
    const skipped = parsed.issues.map((issue) => pasteIssueMessage(issue, t(calcKey(`incentive.commissionTeam.issue.${issue.code}`)), () => t('incentive.commissionTeam.sales'), f.bound));
    const done = parsed.people.length > 0 ? t('incentive.commissionTeam.paste.done', { count: parsed.people.length }) : t('incentive.commissionTeam.paste.none');
    setStatus({ done, issues: skipped });
  };

  return (
    <div class="incentive-commission-team" data-commission-team>
      <h3 id="incentive-commission-team-title">{t('incentive.commissionTeam')}</h3>
      <p class="incentive-note">{t('incentive.commissionTeam.note')}</p>
      <RowTable rows={c.people} focusable wrapperClass="table-scroll incentive-sellers-scroll" caption={t('incentive.commissionTeam.caption')}
        tableProps={{ class: 'incentive-sellers', 'data-seller-table': true }}
        empty={<p class="incentive-note">{t('incentive.commissionTeam.empty')}</p>}
        head={
          <tr>
            <th scope="col">{t('incentive.commissionTeam.name')}</th>
            <th scope="col" class="num">{t('incentive.commissionTeam.sales')}</th>
            <th scope="col" class="num">{t('incentive.commissionTeam.payout')}</th>
            <th scope="col" class="num">{t('incentive.commissionTeam.rate')}</th>
            <th scope="col"><span class="visually-hidden">{t('incentive.actions')}</span></th>
          </tr>
        }
        rowProps={(_, i) => ({ 'data-seller': i })}
        cells={(p, i) => {
          const r = team.ok ? team.people[i] : undefined;
          return (
            <>
              <td>
                <label class="visually-hidden" for={`incentive-seller-${i}-name`}>{`${t('incentive.commissionTeam.name')} ${i + 1}`}</label>
                <input type="text" id={`incentive-seller-${i}-name`} value={p.name} placeholder={t('incentive.person.n', { n: i + 1 })} maxLength={40}
                  onInput={(e) => setSeller(i, { name: e.currentTarget.value.slice(0, 40) })} />
              </td>
              <td class="num">
                <NumberField id={`incentive-seller-${i}-sales`} hideLabel label={`${name(i)}: ${t('incentive.commissionTeam.sales')}`} value={toMajor(p.sales, currency)} t={t}
                  spec={{ kind: 'money', min: 0, max: moneyLimitMajor(currency) }} format={f.moneyField} formatBound={f.bound} unit={f.moneyUnit}
                  onValid={(v) => setSeller(i, { sales: toMinor(v, currency) })} />
              </td>
              <td class="num" data-seller-payout>
                {r ? f.money(r.payout) : '—'}
                {r?.gated && <span class="incentive-sub">{t('incentive.commissionTeam.gated')}</span>}
                {r?.capped && <span class="incentive-sub">{t('incentive.commissionTeam.capped')}</span>}
              </td>
              <td class="num" data-seller-rate>{r && r.effectiveRate !== null ? f.pct(r.effectiveRate, 2) : '—'}</td>
            </>
          );
        }}
        foot={team.ok && (
          <tr class="total">
            <th scope="row">{t('incentive.commissionTeam.total')}</th>
            <td class="num" data-result="team-sales">{f.money(team.totalSales)}</td>
            <td class="num" data-result="team-commission">{f.money(team.totalPayout)}</td>
            <td class="num" data-result="team-cost-rate">{team.costRate === null ? '—' : f.pct(team.costRate, 2)}</td>
            <td></td>
          </tr>
        )}
        // The visible word is short, so a long name does not widen the table; the button's name is the full phrase.
        removeAction="remove-seller" removeLabel={(i) => (
          <>
            <span aria-hidden="true">{t('incentive.commissionTeam.removeShort')}</span>
            <span class="visually-hidden">{t('incentive.commissionTeam.remove', { name: name(i) })}</span>
          </>
        )}
        onRemove={(i) => setCommission({ people: c.people.filter((_, j) => j !== i) })}
        addLabel={t('incentive.commissionTeam.add')} addAction="add-seller" max={FORM_MAX_PEOPLE}
        onAdd={() => setCommission({ people: [...c.people, newSeller()] })} />
      {team.ok && team.people.length > 0 && team.costRate !== null && (
        <p data-team-summary>{t('incentive.commissionTeam.summary', { cost: f.money(team.totalPayout), sales: f.money(team.totalSales), rate: f.pct(team.costRate, 2) })}</p>
      )}

      <details class="incentive-sales-paste">
        <summary>{t('incentive.commissionTeam.paste')}</summary>
        <p id="incentive-sales-paste-help">{t('incentive.commissionTeam.paste.help')}</p>
        <label for="incentive-sales-paste">{t('incentive.commissionTeam.paste.label')}</label>
        <textarea id="incentive-sales-paste" rows={5} aria-describedby="incentive-sales-paste-help" value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" data-action="paste-sales" onClick={importPaste}>{t('incentive.commissionTeam.paste.import')}</button>
        <div role="status" data-sales-paste-status>
          {status && <p>{status.done}</p>}
          {status && status.issues.length > 0 && (
            <ul class="calc-warnings">{status.issues.map((issue, i) => <li key={i} class="calc-warning">{issue}</li>)}</ul>
          )}
        </div>
      </details>
    </div>
  );
}
