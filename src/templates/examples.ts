/**
 * The worked examples the three workbooks start from, taken from the calculators' own defaults and modules
 * (pricing, promotion and KPI of sections 3.2 and 6.2). No `astro:content` here, so the unit tests build
 * exactly what the site ships.
 */
import { intlLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import type { Translate } from '../i18n/translate';
import { calculatorPresets, platforms } from '../data/platforms';
import { channelRowsOf } from '../lib/calc/pricing';
import { defaultPricingForm } from '../lib/calc/pricing/schema';
import { defaultAssumptions } from '../lib/calc/shared/defaults';
import { promotionResult } from '../lib/calc/promotion';
import { defaultPromotionState, promotionInput } from '../lib/calc/promotion/schema';
import { describeMechanism } from '../lib/calc/promotion/describe';
import { solveFunnel, splitTarget } from '../lib/calc/kpi';
import { defaultKpiForm } from '../lib/calc/kpi/schema';
import { channelName } from '../lib/channel-name';
import { templates } from '../lib/templates';
import { stepsOf } from '../lib/templates/mdx-parts';
import { priceSheet } from '../lib/templates/price-sheet';
import { promotionPlan } from '../lib/templates/promotion-plan';
import { kpiPlan } from '../lib/templates/kpi-plan';
import type { Workbook } from '../lib/templates/workbook';
import { promotionFormat } from '../components/calculators/promotion/format';

/** The site's translator for a locale, as the template builders take it. */
export const translator = (locale: Locale): Translate => useTranslations(locale);

/** The price sheet's example: the section 3.2 bottle on each channel of the calculator's channel table, at the price that channel needs. */
export function priceWorkbook(locale: Locale, t: Translate): Workbook {
  const a = defaultAssumptions;
  const form = defaultPricingForm;
  const rows = form.channels.map((channel, i) => {
    const first = channelRowsOf(a, { ...form, channels: [channel] }, a.price);
    if (!first.ok || !first.rows[0]?.solved.ok) throw new Error('the price sheet example must have a price on every channel');
    const again = channelRowsOf(a, { ...form, channels: [channel] }, first.rows[0].solved.breakdown.price);
    if (!again.ok || !again.rows[0]) throw new Error('the price sheet example must have a price on every channel');
    return { name: channelName(t, channel.name, i), row: again.rows[0] };
  });
  const here = locale === 'zh-cn' ? 'zh' : 'en';
  return priceSheet({
    pricesIncludeVat: a.pricesIncludeVat,
    targetMargin: form.targetMargin,
    skus: [{ name: t('templates.price.example'), rows }],
    platforms: platforms.map((p) => ({
      name: p.name[here],
      commission: calculatorPresets[p.id].commissionRate,
      paymentFee: calculatorPresets[p.id].paymentFeeRate,
      source: p.paymentFee.source[here],
      asOf: p.paymentFee.asOf,
    })),
    blankRows: 8,
  }, t);
}

/** The promotion plan of section 3.2's 满300减50, with the owners of that section's steps (`chapterSource`: its chapter's MDX). */
export function promotionWorkbook(locale: Locale, t: Translate, chapterSource: string): Workbook {
  const input = promotionInput(defaultPromotionState, 'a');
  const outcome = promotionResult(input);
  if (input.mechanism.kind !== 'threshold' || !outcome.ok) throw new Error('the promotion plan example must be the 满300减50 of section 3.2');
  const f = promotionFormat(intlLocale[locale], defaultPromotionState.currency);
  const home = templates.find((x) => x.id === 'promotion-plan')!.home;
  const steps = stepsOf(chapterSource).filter((s) => s.section === home.section);
  return promotionPlan({
    input: { ...input, mechanism: input.mechanism },
    outcome,
    mechanism: describeMechanism(input.mechanism, t, f),
    owners: steps.map((s) => ({ task: s.task, owners: s.owners.join(' + '), time: s.time })),
  }, t);
}

export function kpiWorkbook(locale: Locale, t: Translate): Workbook {
  const form = defaultKpiForm;
  const funnel = solveFunnel(form.funnel);
  if (!funnel.ok) throw new Error('the KPI plan example must have a solution');
  const gmv = splitTarget({ total: funnel.paidGmv, weights: form.plan.weights });
  const uv = splitTarget({ total: funnel.uv, weights: form.plan.weights });
  if (!gmv.ok || !uv.ok || form.plan.unit !== 'month') throw new Error('the KPI plan example splits by month');
  const month = new Intl.DateTimeFormat(intlLocale[locale], { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return kpiPlan({
    gmv: funnel.paidGmv,
    aov: funnel.aov,
    cvr: funnel.cvr,
    uv: funnel.uv,
    weights: form.plan.weights,
    months: form.plan.weights.map((_, i) => month.format(new Date(Date.UTC(form.plan.year, i, 1)))),
    shares: gmv.periodShares,
    gmvParts: gmv.periods,
    uvParts: uv.periods,
  }, t);
}

