/**
 * Makes each working template for one locale from the site's own data: the calculators' defaults and worked
 * examples, the platform reference, the chapters' checklists and steps, and the glossary. Build time only
 * (the template endpoints and the templates page call it); the result is kept, so the page's sizes are the
 * sizes of the files written.
 */
import { getCollection } from 'astro:content';
import { intlLocale, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import type { Translate } from '../i18n/translate';
import { getChapters } from '../data/chapters';
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
import { toCsv } from '../lib/csv';
import { localePath, withBase } from '../lib/paths';
import { templates, type TemplateId } from '../lib/templates';
import { checklistsOf, stepsOf } from '../lib/templates/mdx-parts';
import { priceSheet } from '../lib/templates/price-sheet';
import { promotionPlan } from '../lib/templates/promotion-plan';
import { kpiPlan } from '../lib/templates/kpi-plan';
import { checklistRows, metricRows, raciRows } from '../lib/templates/tables';
import type { Workbook } from '../lib/templates/workbook';
import { promotionFormat } from '../components/calculators/promotion/format';
import { writeXlsx } from './xlsx';

const translator = (locale: Locale): Translate => useTranslations(locale);

/** The price sheet's example: the section 3.2 bottle on each channel of the calculator's channel table, at the price that channel needs. */
function priceWorkbook(locale: Locale, t: Translate): Workbook {
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

async function promotionWorkbook(locale: Locale, t: Translate): Promise<Workbook> {
  const input = promotionInput(defaultPromotionState, 'a');
  const outcome = promotionResult(input);
  if (input.mechanism.kind !== 'threshold' || !outcome.ok) throw new Error('the promotion plan example must be the 满300减50 of section 3.2');
  const f = promotionFormat(intlLocale[locale], defaultPromotionState.currency);
  const home = templates.find((x) => x.id === 'promotion-plan')!.home;
  const chapter = (await getChapters(locale)).find((c) => c.slug === home.chapter);
  const steps = stepsOf(chapter?.entry.body ?? '').filter((s) => s.section === home.section);
  return promotionPlan({
    input: { ...input, mechanism: input.mechanism },
    outcome,
    mechanism: describeMechanism(input.mechanism, t, f),
    owners: steps.map((s) => ({ task: s.task, owners: s.owners.join(' + '), time: s.time })),
  }, t);
}

function kpiWorkbook(locale: Locale, t: Translate): Workbook {
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

async function chapterParts(locale: Locale) {
  const chapters = await getChapters(locale);
  return chapters.map((c) => ({
    label: `${c.entry.data.chapter}. ${c.entry.data.title}`,
    body: c.entry.body ?? '',
  }));
}

async function csvText(locale: Locale, id: 'campaign-checklist' | 'raci' | 'metric-dictionary', t: Translate): Promise<string> {
  if (id === 'metric-dictionary') {
    const here = locale === 'zh-cn' ? 'zh' : 'en';
    const site = import.meta.env.SITE ?? 'https://playbook.example.com';
    const page = withBase(import.meta.env.BASE_URL, localePath(locale, 'glossary'));
    const entries = (await getCollection('glossary'))
      .map((e) => e.data)
      .filter((e) => e.formula)
      .map((e) => ({ id: e.id, term: e[here].term, formula: e.formula![here], definition: e[here].definition, url: new URL(`${page}#${e.id}`, site).href }));
    return toCsv(metricRows(entries, t));
  }
  const chapters = await chapterParts(locale);
  if (id === 'campaign-checklist') return toCsv(checklistRows(chapters.map((c) => ({ chapter: c.label, parts: checklistsOf(c.body) })), t));
  return toCsv(raciRows(chapters.map((c) => ({ chapter: c.label, parts: stepsOf(c.body) })), t));
}

async function make(locale: Locale, id: TemplateId): Promise<Uint8Array> {
  const t = translator(locale);
  switch (id) {
    case 'price-sheet':
      return writeXlsx(priceWorkbook(locale, t));
    case 'promotion-plan':
      return writeXlsx(await promotionWorkbook(locale, t));
    case 'kpi-plan':
      return writeXlsx(kpiWorkbook(locale, t));
    default:
      return new TextEncoder().encode(await csvText(locale, id, t));
  }
}

const made = new Map<string, Promise<Uint8Array>>();

/** The bytes of one template in one locale, made once per build. */
export function templateFile(locale: Locale, id: TemplateId): Promise<Uint8Array> {
  const key = `${locale}/${id}`;
  let file = made.get(key);
  if (!file) {
    file = make(locale, id);
    made.set(key, file);
  }
  return file;
}

/** The workbooks as data, for tests that check formulas without a file in between. */
export const workbooks = { priceWorkbook, promotionWorkbook, kpiWorkbook };
