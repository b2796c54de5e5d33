// The platform reference and the guardrails: data that carries its sources, callouts that cannot point at
// nothing, and one set of rule ids for both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outline } from '../../src/data/outline';
import { locales } from '../../src/i18n/locales';
import { platformIds, platformReferenceSchema, presetConflicts } from '../../src/schemas/platforms';
import { guardrailsSchema } from '../../src/schemas/guardrails';
import { calculatorDefaults, calculatorPresets, campaigns, platform, platforms, platformTopics } from '../../src/data/platforms';
import { calloutUsage, unknownCallouts } from '../../src/lib/callout-usage';

const rawReference = JSON.parse(readFileSync('content/platforms.json', 'utf8')) as {
  platforms: { id: string; paymentFee: { rate?: number; status: string } }[];
};
const rules = guardrailsSchema.parse(parse(readFileSync('content/guardrails.yaml', 'utf8')));
const ruleIds = new Set(rules.map((r) => r.id));
const chapterSource = (locale: string, slug: string) => readFileSync(`content/${locale}/${slug}.mdx`, 'utf8');

/** Every dated row of the reference, with a label naming it in failure messages. */
function allRows() {
  const rows: { label: string; source: { zh: string; en: string }; asOf: string; status?: string; text?: { zh: string; en: string } }[] = [];
  for (const p of platforms) {
    p.commission.forEach((row, i) => rows.push({ label: `${p.id} commission ${i}`, ...row }));
    for (const key of ['paymentFee', 'deposit', 'settlement', 'returns'] as const) rows.push({ label: `${p.id} ${key}`, ...p[key] });
    rows.push({ label: `${p.id} ads`, ...p.ads });
  }
  for (const c of campaigns) rows.push({ label: `calendar ${c.id}`, ...c });
  return rows;
}

describe('platform reference data', () => {
  it('covers the six platforms, each named in both languages', () => {
    expect(platforms.map((p) => p.id)).toEqual([...platformIds]);
    for (const p of platforms) {
      expect(p.name.zh.trim(), p.id).not.toBe('');
      expect(p.name.en.trim(), p.id).not.toBe('');
    }
  });

  it('gives every row a source in both languages and an as-of month that is not in the future', () => {
    const now = new Date();
    const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const rows = allRows();
    expect(rows.length).toBeGreaterThanOrEqual(6 * 6 + 7);
    for (const row of rows) {
      expect(row.source.zh.trim(), row.label).not.toBe('');
      expect(row.source.en.trim(), row.label).not.toBe('');
      expect(row.asOf, row.label).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      expect(row.asOf <= thisMonth, `${row.label}: as of ${row.asOf} is after ${thisMonth}`).toBe(true);
    }
  });

  it('rows without a confirmed figure carry no percentage, in either language', () => {
    const unconfirmed = allRows().filter((r) => r.status === 'see-rule');
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const row of unconfirmed) {
      expect(row.text!.zh, row.label).not.toMatch(/\d\s*%/);
      expect(row.text!.en, row.label).not.toMatch(/\d\s*%/);
    }
  });

  it('the calendar lists the big campaigns in China and abroad', () => {
    expect(campaigns.map((c) => c.id)).toEqual(
      expect.arrayContaining(['new-year-goods', 'womens-day', '618', 'double-11', 'prime-day', 'bfcm']),
    );
  });

  it('rejects a rate on an unconfirmed row and a calculator preset that contradicts the sourced fee', () => {
    const valid = JSON.parse(readFileSync('content/platforms.json', 'utf8'));
    expect(platformReferenceSchema.safeParse(valid).success).toBe(true);

    const guessed = structuredClone(valid);
    guessed.platforms[1].deposit.rate = 0.05;
    expect(platformReferenceSchema.safeParse(guessed).success).toBe(false);

    const presets = JSON.parse(readFileSync('content/calculator-presets.json', 'utf8'));
    expect(presetConflicts(valid, presets)).toEqual([]);
    const contradicting = { ...presets, tmall: { ...presets.tmall, paymentFeeRate: 0.029 } };
    expect(presetConflicts(valid, contradicting)).toEqual(['tmall: paymentFeeRate 0.029 is not the sourced payment fee 0.006']);

    const undated = structuredClone(valid);
    delete undated.calendar[0].asOf;
    expect(platformReferenceSchema.safeParse(undated).success).toBe(false);

    const twice = structuredClone(valid);
    twice.platforms[5] = structuredClone(valid.platforms[0]);
    expect(platformReferenceSchema.safeParse(twice).success).toBe(false);
  });
});

describe('calculator defaults come from the reference', () => {
  it("the default payment fee is Alipay's sourced 0.6 % on Tmall, read from the data file", () => {
    const tmall = rawReference.platforms.find((p) => p.id === 'tmall')!;
    expect(tmall.paymentFee.status).toBe('sourced');
    expect(tmall.paymentFee.rate).toBe(0.006);
    expect(calculatorDefaults.paymentFeeRate).toBe(tmall.paymentFee.rate);
    expect(calculatorDefaults.commissionRate).toBe(0.05);
  });

  it('2.9 % is the Shopify card rate, and no Chinese platform preset uses it', () => {
    expect(platform('shopify').paymentFee.rate).toBe(0.029);
    for (const id of ['tmall', 'jd', 'douyin', 'pinduoduo'] as const) {
      expect(calculatorDefaults.channels.find((c) => c.platform === id)?.paymentFee, id).toBe(0.006);
    }
  });

  it('each channel preset equals its platform entry, and sourced rates are used where they exist', () => {
    expect(calculatorDefaults.channels.map((c) => c.platform)).toEqual([...platformIds]);
    for (const preset of calculatorDefaults.channels) {
      const p = platform(preset.platform);
      expect(preset).toEqual({ platform: p.id, commission: calculatorPresets[p.id].commissionRate, paymentFee: calculatorPresets[p.id].paymentFeeRate });
      if (p.paymentFee.rate !== undefined) expect(preset.paymentFee, p.id).toBe(p.paymentFee.rate);
    }
    // Worked by hand from the data file: Pinduoduo charges no commission, Amazon 15 % in most categories.
    expect(calculatorDefaults.channels.find((c) => c.platform === 'pinduoduo')).toEqual({ platform: 'pinduoduo', commission: 0, paymentFee: 0.006 });
    expect(calculatorDefaults.channels.find((c) => c.platform === 'amazon')).toEqual({ platform: 'amazon', commission: 0.15, paymentFee: 0 });
  });
});

describe('guardrails data', () => {
  it('has the rules the playbook promises, with unique ids', () => {
    expect([...ruleIds].sort()).toEqual(
      [
        'ad-law-absolute-terms',
        'price-marking',
        'promotion-rules',
        'ecommerce-law',
        'live-streaming',
        'personal-information',
        'ftc-endorsements',
        'ftc-fake-reviews',
        'eu-prior-price',
        'email-sms-consent',
        'uk-dmcc',
        'eu-accessibility-act',
      ].sort(),
    );
    expect(ruleIds.size).toBe(rules.length);
  });

  it('writes every rule in both languages, with a wrong and a right example that differ', () => {
    for (const rule of rules) {
      for (const lang of ['zh', 'en'] as const) {
        const r = rule[lang];
        for (const field of ['title', 'summary', 'forbids', 'wrong', 'right', 'checks'] as const) {
          expect(r[field].trim(), `${rule.id} ${lang} ${field}`).not.toBe('');
        }
        expect(r.wrong, `${rule.id} ${lang}`).not.toBe(r.right);
      }
      // Folded YAML lines must not leave stray spaces between Chinese characters.
      for (const field of ['title', 'summary', 'forbids', 'wrong', 'right', 'checks'] as const) {
        expect(rule.zh[field], `${rule.id} zh ${field}`).not.toMatch(/[\u4e00-\u9fff，。；：）”] [\u4e00-\u9fff（“]/);
      }
      // Chinese text is Chinese and English text is English, not a copy of the other.
      expect(rule.zh.forbids, rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.en.forbids, rule.id).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('covers China, the US, the EU and the UK', () => {
    const places = new Set(rules.flatMap((r) => r.jurisdictions));
    expect([...places].sort()).toEqual(['cn', 'eu', 'uk', 'us']);
  });

  it('rejects duplicate ids and a rule missing a language', () => {
    const raw = parse(readFileSync('content/guardrails.yaml', 'utf8')) as Record<string, unknown>[];
    expect(guardrailsSchema.safeParse([...raw, raw[0]]).success).toBe(false);
    const { en: _dropped, ...zhOnly } = raw[0]!;
    expect(guardrailsSchema.safeParse([zhOnly]).success).toBe(false);
  });
});

describe('callouts in the chapters', () => {
  it('every guardrail is linked from at least one section in each locale', () => {
    for (const locale of locales) {
      const linked = new Set(outline.flatMap((c) => [...calloutUsage(chapterSource(locale, c.slug), 'guardrail').keys()]));
      const missing = [...ruleIds].filter((id) => !linked.has(id));
      expect(missing, locale).toEqual([]);
    }
  });

  it('every callout names a known guardrail or platform topic', () => {
    for (const locale of locales) {
      for (const chapter of outline) {
        const source = chapterSource(locale, chapter.slug);
        expect(unknownCallouts(source, 'guardrail', ruleIds), `${locale} ${chapter.slug}`).toEqual([]);
        expect(unknownCallouts(source, 'platform', new Set(platformTopics)), `${locale} ${chapter.slug}`).toEqual([]);
      }
    }
  });

  it('both locales place the same callouts in the same sections', () => {
    for (const chapter of outline) {
      for (const kind of ['guardrail', 'platform'] as const) {
        const [en, zh] = locales.map((l) => Object.fromEntries(calloutUsage(chapterSource(l, chapter.slug), kind)));
        expect(zh, `${chapter.slug} ${kind}`).toEqual(en);
      }
    }
  });

  it('links the platform reference wherever fees, settlement, returns, ads and the calendar come up', () => {
    for (const locale of locales) {
      const linked = new Set(outline.flatMap((c) => [...calloutUsage(chapterSource(locale, c.slug), 'platform').keys()]));
      for (const topic of ['commission', 'payment-fee', 'settlement', 'returns', 'ads', 'calendar']) {
        expect(linked.has(topic), `${locale} ${topic}`).toBe(true);
      }
    }
  });
});

describe('calloutUsage and unknownCallouts', () => {
  const source = [
    '<Guardrail id="before-any-section" />',
    '## Price {#pricing}',
    'Text. <Guardrail id="price-marking" />',
    '<PlatformRef topic="payment-fee" />',
    '## Reviews {#reviews}',
    '<Guardrail id="ftc-fake-reviews" /> <Guardrail id="price-marking" />',
    '<Guardrail id="price-marking" />',
  ].join('\n');

  it('maps each id to the sections that use it, once each, in order', () => {
    expect(calloutUsage(source, 'guardrail')).toEqual(
      new Map([
        ['price-marking', ['pricing', 'reviews']],
        ['ftc-fake-reviews', ['reviews']],
      ]),
    );
    expect(calloutUsage(source, 'platform')).toEqual(new Map([['payment-fee', ['pricing']]]));
  });

  it('reports unknown ids, including a misspelt one and one placed before the first section', () => {
    const known = new Set(['price-marking', 'ftc-fake-reviews']);
    expect(unknownCallouts(source, 'guardrail', known)).toEqual(['before-any-section']);
    expect(unknownCallouts('<Guardrail id="price-markng" />\n<Guardrail id="" />', 'guardrail', known)).toEqual(['price-markng', '']);
    expect(unknownCallouts(source, 'guardrail', new Set([...known, 'before-any-section']))).toEqual([]);
  });
});

describe('the calculators start from the reference', () => {
  it('uses the Tmall presets for the shared default fees and the channel table', async () => {
    const { defaultFees, defaultChannelPaymentFee, defaultChannelCommission } = await import('../../src/lib/calc/shared/defaults');
    const { defaultPricingForm } = await import('../../src/lib/calc/pricing/schema');
    const { channelRowsOf } = await import('../../src/lib/calc/pricing');
    const { defaultAssumptions } = await import('../../src/lib/calc/shared/defaults');
    const table = channelRowsOf(defaultAssumptions, defaultPricingForm, 8100);
    expect(defaultFees.find((f) => f.label === 'payment')?.rate).toBe(0.006);
    expect(defaultFees.find((f) => f.label === 'payment')?.rate).toBe(calculatorDefaults.paymentFeeRate);
    expect(defaultFees.find((f) => f.label === 'commission')?.rate).toBe(calculatorDefaults.commissionRate);
    expect(defaultChannelPaymentFee).toBe(calculatorPresets.tmall.paymentFeeRate);
    expect(defaultChannelCommission).toBe(calculatorPresets.tmall.commissionRate);
    // Rows take the main form's (Tmall's) rates unless the platform's differ.
    const [tmall, jd, douyin] = table.ok ? table.rows.map((r) => r.channel) : [];
    expect([tmall?.commission, tmall?.paymentFee]).toEqual([calculatorPresets.tmall.commissionRate, calculatorPresets.tmall.paymentFeeRate]);
    expect([jd?.commission, jd?.paymentFee]).toEqual([calculatorPresets.jd.commissionRate, calculatorPresets.jd.paymentFeeRate]);
    expect([douyin?.commission, douyin?.paymentFee]).toEqual([calculatorPresets.douyin.commissionRate, calculatorPresets.douyin.paymentFeeRate]);
  });
});
