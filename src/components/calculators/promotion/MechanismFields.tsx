import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { depositCounted, depositMultiplier, mechanismKinds, rateFromZhe, zheFromRate, type MechanismKind } from '../../../lib/calc/promotion';
import { describeMechanism } from '../../../lib/calc/promotion/describe';
import { valueOr } from '../../../lib/calc/shared/input-error';
import { MONEY_LIMIT } from '../../../lib/calc/shared/limits';
import { MAX_TIERS, clampOffer, newCoupon, nextTier, type Offer } from '../../../lib/calc/promotion/schema';
import { NumberField } from '../kit/NumberField';
import { RowTable } from '../kit/RowTable';
import type { T } from '../../../i18n/translate';
import { calcKey } from '../../../i18n/translate';
import type { Fields } from '../kit/fields';
import type { PromotionFormat, RateUnit } from './format';

interface Props {
  /** Prefix of every control's id, e.g. "promotion-a". */
  id: string;
  o: Offer;
  onChange: (o: Offer) => void;
  t: T;
  f: PromotionFormat;
  fields: Fields;
  /** Extra fields placed in the same grid, after the mechanism's own. */
  children?: ComponentChildren;
}
type Coupon = Offer['coupons'][number];

/** The mechanism picker and the fields of the chosen mechanism; the other mechanisms keep their values. */
export function MechanismFields({ id, o, onChange, t, f, fields, children }: Props) {
  const set = (patch: Partial<Offer>) => onChange(clampOffer({ ...o, ...patch }));
  const counted = valueOr(depositCounted(o.deposit, o.multiplier), o.deposit);
  const label = (key: string) => t(calcKey(`promotion.field.${key}`));
  const threshold = (key: string, name: string, value: number, apply: (v: number) => void, hideLabel = false) =>
    fields.money(`${id}-${key}`, name, value, apply, { min: 0.01, hideLabel });
  const [unit, setUnit] = useState<RateUnit>(f.rateUnit);
  const unitPicker = (
    <div class="field">
      <label for={`${id}-rate-unit`}>{label('rateUnit')}</label>
      <select id={`${id}-rate-unit`} value={unit} onChange={(e) => setUnit(e.currentTarget.value === 'zhe' ? 'zhe' : 'percent')}>
        <option value="percent">{t('promotion.rateUnit.percent')}</option>
        <option value="zhe">{t('promotion.rateUnit.zhe')}</option>
      </select>
    </div>
  );
  /** A discount field in the unit picked: percent off, or 折 (the tenths paid), stored as the rate off either way. */
  const rateField = (key: string, name: string, rate: number, apply: (rate: number) => void) =>
    unit === 'zhe'
      ? (
        <NumberField key={`${key}-zhe`} id={`${id}-${key}`} label={`${name}${label('zhe')}`} value={valueOr(zheFromRate(rate), 10)} t={t}
          spec={{ kind: 'number', min: 0, max: 10 }} format={f.times} formatBound={f.bound} unit="折"
          onValid={(zhe) => { const r = rateFromZhe(zhe); if (typeof r === 'number') apply(r); }} />
      )
      : <Fragment key={`${key}-pct`}>{fields.percent(`${id}-${key}`, `${name}${label('rate')}`, rate, apply)}</Fragment>;
  /** The discount in the other unit, beside the field: "15 % off (8.5折)". */
  const equivalent = (rate: number) => (
    <p class="promo-note promo-equivalent" data-equivalent>{describeMechanism({ kind: 'percent', rate }, t, f)}</p>
  );
  let body;
  switch (o.kind) {
    case 'percent':
      body = (
        <>
          {unitPicker}
          <div class="promo-rate">
            {rateField('rate', '', o.rate, (rate) => set({ rate }))}
            {equivalent(o.rate)}
          </div>
        </>
      );
      break;
    case 'threshold':
    case 'perMultiple':
      body = (
        <>
          {threshold('threshold', label('threshold'), o.threshold, (v) => set({ threshold: v }))}
          {fields.money(`${id}-off`, label('off'), o.off, (off) => set({ off }), { max: f.major(o.threshold) })}
          {o.kind === 'perMultiple' && fields.money(`${id}-cap`, label('cap'), o.cap, (cap) => set({ cap }))}
        </>
      );
      break;
    case 'tiered': {
      const tiers = o.tiers;
      const setTier = (i: number, patch: Partial<Offer['tiers'][number]>) => set({ tiers: tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
      body = (
        <RowTable rows={tiers} wrapperClass="table-scroll promo-rows" min={1} addInside
          head={<tr><th scope="col">{t('promotion.tier')}</th><th scope="col">{label('threshold')}</th><th scope="col">{label('off')}</th><td></td></tr>}
          cells={(tier, i) => {
            const name = `${t('promotion.tier')} ${i + 1}`;
            return (
              <>
                <th scope="row">{i + 1}</th>
                <td>{threshold(`tier-${i}-threshold`, `${name}: ${label('threshold')}`, tier.threshold, (v) => setTier(i, { threshold: v }), true)}</td>
                <td>{fields.money(`${id}-tier-${i}-off`, `${name}: ${label('off')}`, tier.off, (off) => setTier(i, { off }), { max: f.major(tier.threshold), hideLabel: true })}</td>
              </>
            );
          }}
          removeLabel={(i) => t('promotion.remove', { name: `${t('promotion.tier')} ${i + 1}` })}
          onRemove={(i) => set({ tiers: tiers.filter((_, j) => j !== i) })}
          addLabel={t('promotion.tier.add')} addAction={`${id}-add-tier`} max={MAX_TIERS}
          onAdd={() => set({ tiers: [...tiers, nextTier(tiers)] })} />
      );
      break;
    }
    case 'stacked': {
      const coupons = o.coupons;
      const setCoupon = (i: number, patch: Partial<Coupon>) => set({ coupons: coupons.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
      body = (
        <div class="promo-rows">
          <p class="promo-note">{t('promotion.coupons.note')}</p>
          <div class="calc-grid">{unitPicker}</div>
          <ol class="promo-coupons">
            {coupons.map((c, i) => {
              const name = `${t('promotion.coupon')} ${i + 1}`;
              return (
                <li key={i} class="calc-grid">
                  <div class="field">
                    <label for={`${id}-coupon-${i}-type`}>{name}</label>
                    <select id={`${id}-coupon-${i}-type`} value={c.type} onChange={(e) => setCoupon(i, { type: e.currentTarget.value === 'fixed' ? 'fixed' : 'percent' })}>
                      <option value="percent">{t('promotion.coupon.percent')}</option>
                      <option value="fixed">{t('promotion.coupon.fixed')}</option>
                    </select>
                  </div>
                  {c.type === 'percent'
                    ? <div class="promo-rate">{rateField(`coupon-${i}-rate`, `${name}: `, c.rate, (rate) => setCoupon(i, { rate }))}{equivalent(c.rate)}</div>
                    : (
                      <>
                        {fields.money(`${id}-coupon-${i}-off`, `${name}: ${label('couponOff')}`, c.off, (off) => setCoupon(i, { off }))}
                        {fields.money(`${id}-coupon-${i}-min`, `${name}: ${label('minSpend')}`, c.minSpend, (minSpend) => setCoupon(i, { minSpend }))}
                      </>
                    )}
                  <div class="promo-row-actions">
                    {i > 0 && (
                      <button type="button" onClick={() => set({ coupons: coupons.map((x, j) => (j === i - 1 ? c : j === i ? coupons[i - 1]! : x)) })}>
                        {t('promotion.coupon.up', { name })}
                      </button>
                    )}
                    {coupons.length > 1 && <button type="button" onClick={() => set({ coupons: coupons.filter((_, j) => j !== i) })}>{t('promotion.remove', { name })}</button>}
                  </div>
                </li>
              );
            })}
          </ol>
          {coupons.length < 4 && (
            <button type="button" data-action={`${id}-add-coupon`} onClick={() => set({ coupons: [...coupons, newCoupon()] })}>
              {t('promotion.coupon.add')}
            </button>
          )}
        </div>
      );
      break;
    }
    case 'buyNGetM':
      body = (
        <>
          {fields.count(`${id}-buy`, label('buy'), o.buy, (buy) => set({ buy }), { min: 1, max: 99 })}
          {fields.count(`${id}-free`, label('free'), o.free, (free) => set({ free }), { min: 1, max: 99 })}
        </>
      );
      break;
    case 'nthItem':
      body = (
        <>
          {fields.count(`${id}-nth`, label('nth'), o.nth, (nth) => set({ nth }), { min: 2, max: 99 })}
          {fields.percent(`${id}-nth-rate`, label('nthRate'), o.nthRate, (nthRate) => set({ nthRate }))}
        </>
      );
      break;
    case 'flashSale':
      body = fields.money(`${id}-flash`, label('flashPrice'), o.flashPrice, (flashPrice) => set({ flashPrice }));
      break;
    case 'deposit':
      body = (
        <>
          {fields.money(`${id}-deposit`, label('deposit'), o.deposit, (deposit) => set({ deposit }), { min: 0.01 })}
          {fields.money(`${id}-counted`, label('counted'), counted, (c) => {
            const multiplier = depositMultiplier(o.deposit, c);
            if (typeof multiplier === 'number') set({ multiplier });
          }, { min: f.major(o.deposit), max: f.major(Math.min(o.deposit * 20, MONEY_LIMIT)) })}
        </>
      );
      break;
  }
  const wide = o.kind === 'tiered' || o.kind === 'stacked';
  const note = o.kind === 'deposit'
    ? t('promotion.kind.deposit.note', { deposit: f.short(o.deposit), counted: f.short(counted), multiple: f.times(o.multiplier) })
    : t(`promotion.kind.${o.kind}.note`);
  return (
    <div class="promo-mechanism">
      <div class="calc-grid">
        <div class="field">
          <label for={`${id}-kind`}>{t('promotion.mechanism')}</label>
          <select id={`${id}-kind`} value={o.kind} onChange={(e) => set({ kind: e.currentTarget.value as MechanismKind })}>
            {mechanismKinds.map((k) => <option key={k} value={k}>{t(`promotion.kind.${k}`)}</option>)}
          </select>
        </div>
        {!wide && body}
        {children}
      </div>
      {wide && body}
      <p class="promo-note" data-note={o.kind}>{note}</p>
    </div>
  );
}
