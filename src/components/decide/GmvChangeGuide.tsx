import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $assumptions } from '../../stores/assumptions';
import { MAX_CHANNELS, effects, gmvChange, type Channel, type GmvInput, type GmvOutcome } from '../../lib/decide/gmv-change';
import { MAX_NAME, parseGmvPaste } from '../../lib/decide/gmv-paste';
import { pasteIssueMessage, type PasteIssue } from '../../lib/paste-table';
import { makeT, calcKey, type Strings } from '../../i18n/translate';
import { makeFields } from '../calculators/kit/fields';
import { useMounted } from '../calculators/kit/useMounted';
import { promotionFormat } from '../calculators/promotion/format';

const SHOWN_ISSUES = 8;

interface Props {
  intl: string;
  strings: Strings;
  /** The worked example, with channel names in the page's language. */
  example: GmvInput;
  /** Each playbook section the guide may send a reader to: its address and its number and title. */
  sections: Record<string, { href: string; title: string }>;
}

/**
 * "GMV moved — why?": channels with two periods of visitors, conversion and order value, typed or pasted;
 * the change split exactly into three effects, the channel that moved most, and three sections to read.
 * The currency is the shared one once a reader has used a calculator.
 */
export default function GmvChangeGuide({ intl, strings, example, sections }: Props) {
  const t = makeT(strings);
  const mounted = useMounted();
  const [input, setInput] = useState<GmvInput>(example);
  const [pasted, setPasted] = useState('');
  const [loaded, setLoaded] = useState('');
  useEffect(() => {
    try {
      if (localStorage.getItem('playbook:assumptions') === null) return;
    } catch {
      return;
    }
    setInput((i) => ({ ...i, currency: $assumptions.get().currency }));
  }, []);

  const f = promotionFormat(intl, input.currency);
  const fields = makeFields(t, f, input.currency);
  const result = gmvChange(input);
  const lastGood = useRef<GmvOutcome | null>(null);
  if (result.ok) lastGood.current = result;
  const shown = lastGood.current;
  const beforeLabel = t(calcKey(`decide.gmv.before.${input.against}`));
  const afterLabel = t('decide.gmv.after');

  const setChannel = (i: number, patch: Partial<Channel>) => setInput((s) => ({ ...s, channels: s.channels.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setPeriod = (i: number, period: 'before' | 'after', patch: Partial<Channel['before']>) =>
    setInput((s) => ({ ...s, channels: s.channels.map((c, j) => (j === i ? { ...c, [period]: { ...c[period], ...patch } } : c)) }));

  const paste = useMemo(() => (pasted.trim() === '' ? null : parseGmvPaste(pasted, input.currency)), [pasted, input.currency]);
  const columnLabel = (key: string) => {
    if (key === 'channel') return t('decide.gmv.channelName');
    const period = key.endsWith('Before') ? beforeLabel : afterLabel;
    const field = key.startsWith('visitors') ? t('decide.gmv.visitors') : key.startsWith('conversion') ? t('decide.gmv.conversion') : t('decide.gmv.aov');
    return t('decide.gmv.fieldLabel', { field, period });
  };
  const issueMessage = (issue: PasteIssue) => {
    if (issue.column === null) return pasteIssueMessage(issue, t(calcKey(`decide.gmv.paste.error.${issue.code}`)), columnLabel, f.bound);
    const key = issue.code === 'duplicate' ? 'decide.gmv.paste.error.duplicate' : issue.code === 'name' ? 'decide.gmv.paste.error.name' : `calc.error.${issue.code}`;
    const template = t(calcKey(key)).replace('{field}', columnLabel(issue.column)).replace('{value}', issue.raw);
    return t('decide.gmv.paste.row', { line: issue.line }) + pasteIssueMessage(issue, template, columnLabel, f.bound);
  };
  const usePaste = () => {
    if (!paste || paste.channels.length === 0) return;
    setInput((s) => ({ ...s, channels: paste.channels }));
    setLoaded(t('decide.gmv.paste.done', { count: paste.channels.length }));
  };

  const periodFields = (i: number, c: Channel, period: 'before' | 'after') => {
    const label = period === 'before' ? beforeLabel : afterLabel;
    const name = c.name || `${t('decide.gmv.channels')} ${i + 1}`;
    // The group names the channel and the period for screen readers; the visible labels stay short.
    const l = (field: string) => field;
    return (
      <div class="guide-period" role="group" aria-label={`${name}: ${label}`}>
        <p class="guide-period-name" aria-hidden="true">{label}</p>
        {fields.count(`gmv-${i}-${period}-visitors`, l(t('decide.gmv.visitors')), c[period].visitors, (visitors) => setPeriod(i, period, { visitors }))}
        {fields.percent(`gmv-${i}-${period}-conversion`, l(t('decide.gmv.conversion')), c[period].conversion, (conversion) => setPeriod(i, period, { conversion }))}
        {fields.money(`gmv-${i}-${period}-aov`, l(t('decide.gmv.aov')), c[period].aov, (aov) => setPeriod(i, period, { aov }))}
      </div>
    );
  };

  return (
    <section class="calculator guide" data-guide="gmv-change" data-ready={mounted ? 'true' : undefined}>
      <p class="noscript-note">{t('decide.noscript')}</p>
      <div class="field guide-against">
        <label for="gmv-against">{t('decide.gmv.against')}</label>
        <select id="gmv-against" value={input.against} onChange={(e) => setInput((s) => ({ ...s, against: e.currentTarget.value === 'plan' ? 'plan' : 'previous' }))}>
          <option value="previous">{t('decide.gmv.against.previous')}</option>
          <option value="plan">{t('decide.gmv.against.plan')}</option>
        </select>
      </div>

      <h3>{t('decide.gmv.channels')}</h3>
      {input.channels.map((c, i) => (
        <fieldset class="guide-channel" data-channel={i}>
          <legend class="visually-hidden">{c.name || `${t('decide.gmv.channels')} ${i + 1}`}</legend>
          <div class="guide-channel-head">
            <div class="field">
              <label for={`gmv-${i}-name`}>{t('decide.gmv.channelName')}</label>
              <input id={`gmv-${i}-name`} type="text" maxLength={MAX_NAME} value={c.name} onInput={(e) => setChannel(i, { name: e.currentTarget.value.slice(0, MAX_NAME) })} />
            </div>
            {input.channels.length > 1 && (
              <button type="button" onClick={() => setInput((s) => ({ ...s, channels: s.channels.filter((_, j) => j !== i) }))}>
                {t('decide.gmv.remove', { name: c.name || String(i + 1) })}
              </button>
            )}
          </div>
          <div class="guide-periods">
            {periodFields(i, c, 'before')}
            {periodFields(i, c, 'after')}
          </div>
        </fieldset>
      ))}
      {input.channels.length < MAX_CHANNELS && (
        <p>
          <button type="button" data-action="add-channel" onClick={() => setInput((s) => ({ ...s, channels: [...s.channels, { name: '', before: { visitors: 0, conversion: 0, aov: 0 }, after: { visitors: 0, conversion: 0, aov: 0 } }] }))}>
            {t('decide.gmv.add')}
          </button>
        </p>
      )}

      <div class="field guide-paste">
        <label for="gmv-paste">{t('decide.gmv.paste.label', { before: beforeLabel, after: afterLabel })}</label>
        <textarea id="gmv-paste" rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} aria-describedby="gmv-paste-status" />
        <div id="gmv-paste-status" role="status">
          {paste && (
            <>
              <p>{t('decide.gmv.paste.summary', { valid: paste.channels.length, read: paste.read })}</p>
              {paste.issues.length > 0 && (
                <ul class="guide-issues" data-paste-issues>
                  {paste.issues.slice(0, SHOWN_ISSUES).map((issue) => <li>{issueMessage(issue)}</li>)}
                </ul>
              )}
            </>
          )}
          {loaded && <p>{loaded}</p>}
        </div>
        {paste && paste.channels.length > 0 && (
          <p><button type="button" data-action="use-paste" onClick={usePaste}>{t('decide.gmv.paste.use', { count: paste.channels.length })}</button></p>
        )}
      </div>

      {!result.ok && (
        <p class="calc-warning" role="alert" data-warning="invalid">
          {result.field.endsWith('.aov') && result.problem === 'out-of-range' ? t('decide.gmv.invalid.aov') : ''} {t('decide.invalid')}
        </p>
      )}
      {shown && <GmvAnswer t={t} f={f} r={shown} beforeLabel={beforeLabel} afterLabel={afterLabel} sections={sections} />}
    </section>
  );
}

function GmvAnswer({ t, f, r, beforeLabel, afterLabel, sections }: { t: ReturnType<typeof makeT>; f: ReturnType<typeof promotionFormat>; r: GmvOutcome; beforeLabel: string; afterLabel: string; sections: Props['sections'] }) {
  // A true minus held to its amount by a word joiner, so a line never breaks between the sign and the number.
  const signed = (minor: number) => (minor > 0 ? `+${f.money(minor)}` : minor < 0 ? `\u2212\u2060${f.money(-minor)}` : f.money(0));
  const change = r.changeRate === null ? signed(r.change) : t('decide.gmv.totalRate', { change: signed(r.change), rate: r.changeRate < 0 ? `\u2212\u2060${f.pct(-r.changeRate)}` : `${r.changeRate > 0 ? '+' : ''}${f.pct(r.changeRate)}` });
  const moved = r.movedMost === null ? null : r.channels[r.movedMost]!;
  return (
    <div class="calc-result guide-answer" data-dominant={r.dominant ?? 'none'}>
      <h3>{t('decide.gmv.result')}</h3>
      <p class="guide-verdict" role="status" data-verdict>{t('decide.gmv.total', { before: f.money(r.before), after: f.money(r.after), change })}</p>
      <p data-dominant-text>{t(calcKey(`decide.gmv.dominant.${r.dominant ?? 'none'}`))}</p>
      <div class="table-scroll" tabindex={0} role="region" aria-label={t('decide.gmv.result')}>
        <table class="guide-table" data-effects>
          <thead><tr><th scope="col">{t('decide.gmv.effect')}</th><th scope="col">{t('decide.gmv.amount')}</th></tr></thead>
          <tbody>
            {effects.map((e) => (
              <tr data-effect={e}><th scope="row">{t(calcKey(`decide.gmv.effect.${e}`))}</th><td>{signed(r.effects[e])}</td></tr>
            ))}
            <tr class="total"><th scope="row">{t('decide.gmv.sum')}</th><td data-total>{signed(r.change)}</td></tr>
          </tbody>
        </table>
      </div>
      {moved && <p data-moved-most>{t('decide.gmv.movedMost', { name: moved.name, change: signed(moved.change) })}</p>}
      {r.channels.length > 1 && (
        <>
          <h4>{t('decide.gmv.byChannel')}</h4>
          <div class="table-scroll" tabindex={0} role="region" aria-label={t('decide.gmv.byChannel')}>
            <table class="guide-table" data-by-channel>
              <thead>
                <tr>
                  <th scope="col">{t('decide.gmv.channelName')}</th>
                  <th scope="col">{t('decide.gmv.gmvBefore', { period: beforeLabel })}</th>
                  <th scope="col">{t('decide.gmv.gmvBefore', { period: afterLabel })}</th>
                  <th scope="col">{t('decide.gmv.change')}</th>
                  {effects.map((e) => <th scope="col">{t(calcKey(`decide.gmv.effect.${e}`))}</th>)}
                </tr>
              </thead>
              <tbody>
                {r.channels.map((c) => (
                  <tr>
                    <th scope="row">{c.name}</th>
                    <td>{f.money(c.before)}</td>
                    <td>{f.money(c.after)}</td>
                    <td>{signed(c.change)}</td>
                    {effects.map((e) => <td>{signed(c.effects[e])}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h4>{t('decide.readNext')}</h4>
      <ol class="guide-next" data-read-next>
        {r.next.map((s) => {
          const link = sections[s.id];
          return link && <li><a href={link.href}>{link.title}</a></li>;
        })}
      </ol>
    </div>
  );
}
