import { useEffect, useRef, useState } from 'preact/hooks';
import { $assumptions } from '../../stores/assumptions';
import { defaultJoinInput, fromAssumptions, joinPromotion, platformKinds, promotionLinkState, type JoinInput, type JoinOutcome, type Reason } from '../../lib/decide/join-promotion';
import { encodeState } from '../../lib/share-state';
import { makeT, calcKey, type Strings } from '../../i18n/translate';
import { makeFields } from '../calculators/kit/fields';
import { NumberField } from '../calculators/kit/NumberField';
import { useMounted } from '../calculators/kit/useMounted';
import { promotionFormat } from '../calculators/promotion/format';

/** Module refusals that two fields cause together, explained in words; others get the general message. */
const explained = ['platform.off', 'upliftHigh', 'coupon.minSpend'];

interface Props {
  intl: string;
  strings: Strings;
  /** The promotion calculator's page, for "Open in the promotion calculator". */
  calculatorHref: string;
  /** Each playbook section a reason can point to: its address and its number and title. */
  sections: Record<string, { href: string; title: string }>;
}

/**
 * "Should we join this promotion?": four short groups of questions, then the answer with its reasons. The
 * product's numbers start from the shared assumptions once a reader has used a calculator; answers given
 * here stay on this page. Only valid answers reach the module, and a refused combination keeps the last
 * good answer on screen.
 */
export default function JoinPromotionGuide({ intl, strings, calculatorHref, sections }: Props) {
  const t = makeT(strings);
  const mounted = useMounted();
  const [input, setInput] = useState<JoinInput>(defaultJoinInput);
  const [prefilled, setPrefilled] = useState(false);
  useEffect(() => {
    let stored = false;
    try {
      stored = localStorage.getItem('playbook:assumptions') !== null;
    } catch {
      stored = false; // storage disabled: nothing to fill in
    }
    if (!stored) return;
    setInput((i) => ({ ...i, ...fromAssumptions($assumptions.get()) }));
    setPrefilled(true);
  }, []);

  const set = (patch: Partial<JoinInput>) => setInput((i) => ({ ...i, ...patch }));
  const setPlatform = (patch: Partial<JoinInput['platform']>) => setInput((i) => ({ ...i, platform: { ...i.platform, ...patch } }));
  const setCoupon = (patch: Partial<JoinInput['coupon']>) => setInput((i) => ({ ...i, coupon: { ...i.coupon, ...patch } }));

  const result = joinPromotion(input);
  const lastGood = useRef<{ input: JoinInput; outcome: JoinOutcome } | null>(null);
  if (result.ok) lastGood.current = { input, outcome: result };
  const shown = lastGood.current;
  const f = promotionFormat(intl, input.currency);
  const fields = makeFields(t, f, input.currency);
  const p = input.platform;
  const c = input.coupon;

  return (
    <section class="calculator guide" data-guide="join-promotion" data-ready={mounted ? 'true' : undefined}>
      <p class="noscript-note">{t('decide.noscript')}</p>
      {prefilled && <p class="calc-notice" data-prefilled>{t('decide.prefilled')}</p>}

      <fieldset class="guide-step">
        <legend>{t('decide.join.q.product')}</legend>
        <div class="calc-grid">
          {fields.money('join-price', t('promotion.price'), input.price, (price) => set({ price: Math.max(1, price) }), { min: 0.01 })}
          {fields.money('join-unit-cost', t('promotion.unitCost'), input.unitCost, (unitCost) => set({ unitCost }))}
          {fields.money('join-fixed-fees', t('decide.join.fixedFees'), input.fixedFees, (fixedFees) => set({ fixedFees }))}
          {input.fees.map((fee, i) =>
            fields.percent(`join-fee-${i}`, t(calcKey(`promotion.fee.${fee.label}`)), fee.rate, (rate) => set({ fees: input.fees.map((x, j) => (j === i ? { ...x, rate } : x)) })),
          )}
          {fields.percent('join-vat', t('promotion.vatRate'), input.vatRate, (vatRate) => set({ vatRate }))}
        </div>
      </fieldset>

      <fieldset class="guide-step">
        <legend>{t('decide.join.q.platform')}</legend>
        <div class="calc-grid">
          <div class="field">
            <label for="join-kind">{t('promotion.mechanism')}</label>
            <select id="join-kind" value={p.kind} onChange={(e) => setPlatform({ kind: e.currentTarget.value as JoinInput['platform']['kind'] })}>
              {platformKinds.map((k) => <option value={k}>{t(calcKey(`promotion.kind.${k}`))}</option>)}
            </select>
          </div>
          {(p.kind === 'threshold' || p.kind === 'perMultiple') && [
            fields.money('join-threshold', t('promotion.field.threshold'), p.threshold, (threshold) => setPlatform({ threshold: Math.max(1, threshold) }), { min: 0.01 }),
            fields.money('join-off', t('promotion.field.off'), p.off, (off) => setPlatform({ off })),
          ]}
          {p.kind === 'perMultiple' && fields.money('join-cap', t('promotion.field.cap'), p.cap, (cap) => setPlatform({ cap }))}
          {p.kind === 'percent' && fields.percent('join-rate', t('promotion.field.rate'), p.rate, (rate) => setPlatform({ rate }))}
          {p.kind === 'deposit' && [
            fields.money('join-deposit', t('promotion.field.deposit'), p.deposit, (deposit) => setPlatform({ deposit })),
            <NumberField id="join-multiplier" label={t('decide.join.multiplier')} value={p.multiplier} t={t} spec={{ kind: 'number', min: 1, max: 20 }}
              format={f.times} formatBound={f.bound} onValid={(multiplier) => setPlatform({ multiplier })} unit="×" />,
          ]}
        </div>
        <p class="guide-note">{t(calcKey(`promotion.kind.${p.kind}.note`), { deposit: f.money(p.deposit), counted: f.money(Math.round(p.deposit * p.multiplier)), multiple: f.times(p.multiplier) })}</p>
      </fieldset>

      <fieldset class="guide-step">
        <legend>{t('decide.join.q.coupon')}</legend>
        <div class="calc-grid">
          <div class="field">
            <label for="join-coupon-type">{t('decide.join.couponType')}</label>
            <select id="join-coupon-type" value={c.type} onChange={(e) => setCoupon({ type: e.currentTarget.value === 'percent' ? 'percent' : 'fixed' })}>
              <option value="fixed">{t('promotion.coupon.fixed')}</option>
              <option value="percent">{t('promotion.coupon.percent')}</option>
            </select>
          </div>
          {c.type === 'fixed'
            ? [
                fields.money('join-coupon-off', t('promotion.field.couponOff'), c.off, (off) => setCoupon({ off })),
                fields.money('join-coupon-min', t('promotion.field.minSpend'), c.minSpend, (minSpend) => setCoupon({ minSpend })),
              ]
            : fields.percent('join-coupon-rate', t('promotion.field.rate'), c.rate, (rate) => setCoupon({ rate }))}
        </div>
        <p class="guide-note">{t('decide.join.couponNone')}</p>
      </fieldset>

      <fieldset class="guide-step">
        <legend>{t('decide.join.q.expect')}</legend>
        <div class="calc-grid">
          {fields.percent('join-uplift-low', t('decide.join.upliftLow'), input.upliftLow, (upliftLow) => set({ upliftLow }), { max: 10000 })}
          {fields.percent('join-uplift-high', t('decide.join.upliftHigh'), input.upliftHigh, (upliftHigh) => set({ upliftHigh }), { max: 10000 })}
          {fields.percent('join-pulled', t('decide.join.pulledForward'), input.pulledForward, (pulledForward) => set({ pulledForward }))}
        </div>
      </fieldset>

      {!result.ok && (
        <p class="calc-warning" role="alert" data-warning="invalid">
          {explained.includes(result.field) ? t(calcKey(`decide.join.invalid.${result.field}`)) : ''} {t('decide.invalid')}
        </p>
      )}

      {shown && <JoinAnswer t={t} f={f} input={shown.input} r={shown.outcome} calculatorHref={calculatorHref} sections={sections} />}
    </section>
  );
}

function JoinAnswer({ t, f, input, r, calculatorHref, sections }: { t: ReturnType<typeof makeT>; f: ReturnType<typeof promotionFormat>; input: JoinInput; r: JoinOutcome; calculatorHref: string; sections: Props['sections'] }) {
  const w = r.worst;
  const pct = (x: number) => f.pct(x);
  const reasonValues = (reason: Reason) => {
    const v = reason.values;
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'contribution' || k === 'capPrice' ? f.money(x) : k === 'margin' || k === 'pulledForward' ? pct(x) : f.uplift(x);
    return out;
  };
  const href = `${calculatorHref}?promotion=${encodeState(promotionLinkState(input, r))}`;
  return (
    <div class="calc-result guide-answer" data-recommendation={r.recommendation}>
      <h3>{t('decide.join.result')}</h3>
      <p class={`guide-verdict guide-verdict--${r.recommendation}`} role="status" data-verdict>{t(calcKey(`decide.join.rec.${r.recommendation}`))}</p>
      <dl class="guide-figures">
        <div>
          <dt>{t('decide.join.worst')}</dt>
          <dd data-figure="worst-price">{f.money(w.unitPrice)}</dd>
          <dd class="guide-how">{t('decide.join.worst.how', { units: w.units, value: f.money(w.orderValue), coupon: f.money(w.couponOff), platform: f.money(w.platformOff), base: f.money(w.platformBase), paid: f.money(w.paid) })}</dd>
        </div>
        <div>
          <dt>{t('decide.join.discount')}</dt>
          <dd data-figure="discount">{pct(w.discountRate)}</dd>
        </div>
        <div>
          <dt>{t('decide.join.margin')}</dt>
          <dd data-figure="margin">{t('decide.join.margin.value', { margin: pct(r.marginAtWorst), contribution: f.money(r.contributionAtWorst), full: f.money(r.contribution) })}</dd>
        </div>
        <div>
          <dt>{t('decide.join.breakEven')}</dt>
          <dd data-figure="break-even">
            {r.breakEven === null
              ? t('decide.join.breakEven.none')
              : t('decide.join.breakEven.value', { breakEven: f.uplift(r.breakEven), low: f.uplift(input.upliftLow), high: f.uplift(input.upliftHigh) })}
          </dd>
        </div>
      </dl>
      <h4>{t('decide.join.why')}</h4>
      <ol class="guide-reasons">
        {r.reasons.map((reason) => {
          const s = sections[reason.section.id];
          return (
            <li data-reason={reason.key}>
              {t(calcKey(`decide.join.reason.${reason.key}`), reasonValues(reason))}{' '}
              {s && <a href={s.href}>{s.title}</a>}
            </li>
          );
        })}
      </ol>
      <p class="guide-open">
        <a href={href} data-open-calculator>{t('decide.join.openCalc')}</a>
        <span class="guide-note"> {t('decide.join.openCalc.note')}</span>
      </p>
    </div>
  );
}
