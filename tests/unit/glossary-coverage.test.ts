import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outline } from '../../src/data/outline';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';
import { termUsage } from '../../src/lib/term-usage';

const glossary: GlossaryEntry[] = (parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[]).map((e) =>
  glossaryEntrySchema.parse(e),
);
const byId = new Map(glossary.map((e) => [e.id, e]));
const chapters = (locale: 'en' | 'zh-cn') =>
  outline.map((c) => ({ slug: c.slug, source: readFileSync(`content/${locale}/${c.slug}.mdx`, 'utf8') }));

/**
 * What counts as a margin term: any phrase that names a profit rung. In Chinese the stems 边际贡献, 贡献利润,
 * 净贡献, 毛利, 净利 and 利润率; in English contribution margin, net contribution, gross/net margin or profit,
 * profit margin and operating margin. The bare English word "margin" is ordinary prose and not checked.
 */
const marginStems = {
  'zh-cn': /边际贡献|贡献利润|净贡献|毛利|净利润率|净利|利润率/g,
  en: /contribution margins?|net contribution|(?:gross|net) (?:margins?|profits?)|(?:profit|operating) margins?/gi,
};

/** The forms the glossary allows for margin terms, longest first so the widest match wins. */
const allowedNames = (lang: 'zh' | 'en') =>
  glossary.flatMap((e) => e.names?.[lang] ?? []).sort((a, b) => b.length - a.length);

/** Each stem occurrence that no allowed name covers, with a little context for the failure message. */
function undefinedMarginTerms(text: string, stems: RegExp, names: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const covered = new Uint8Array(text.length);
  for (const name of names) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) covered.fill(1, at, at + needle.length);
  }
  const misses: string[] = [];
  for (const m of text.matchAll(stems)) {
    const from = m.index;
    if (covered.subarray(from, from + m[0].length).includes(0)) misses.push(text.slice(Math.max(0, from - 12), from + m[0].length + 12).replace(/\n/g, ' '));
  }
  return misses;
}

describe('margin terms', () => {
  it('the margin ladder is defined once: gross margin, contribution margin before ads, after ads, after marketing, net margin', () => {
    const ladder = ['gross-margin', 'contribution-margin', 'contribution-margin-after-ads', 'contribution-margin-after-marketing', 'net-margin'];
    for (const id of ladder) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(entry!.formula, id).toBeDefined();
      expect(entry!.names?.zh.length, id).toBeGreaterThan(0);
      expect(entry!.names?.en.length, id).toBeGreaterThan(0);
    }
    expect(byId.get('contribution-margin')!.zh.term).toBe('广告前边际贡献率');
    expect(byId.get('contribution-margin')!.en.term).toBe('Contribution margin before ads');
    expect(byId.get('contribution-margin-after-ads')!.zh.term).toBe('广告后边际贡献率');
    expect(byId.get('contribution-margin-after-ads')!.en.term).toBe('Contribution margin after ads');
    expect(byId.get('contribution-margin-after-marketing')!.zh.term).toBe('营销后边际贡献率');
    expect(byId.get('contribution-margin-after-marketing')!.en.term).toBe('Contribution margin after marketing');
  });

  it('no two entries claim the same name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = glossary.flatMap((e) => (e.names?.[lang] ?? []).map((n) => n.toLowerCase()));
      expect(names.length, lang).toBe(new Set(names).size);
    }
  });

  it('flags a bare or unknown margin term and accepts the defined names', () => {
    const zhNames = allowedNames('zh');
    expect(undefinedMarginTerms('边际贡献率 30% 的商品', marginStems['zh-cn'], zhNames)).toHaveLength(1);
    expect(undefinedMarginTerms('利润率一路下滑', marginStems['zh-cn'], zhNames)).toHaveLength(1);
    expect(undefinedMarginTerms('净利润率 8%', marginStems['zh-cn'], zhNames)).toHaveLength(1);
    expect(undefinedMarginTerms('广告前边际贡献率 30%，毛利 40 元，净利率 8%', marginStems['zh-cn'], zhNames)).toEqual([]);
    const enNames = allowedNames('en');
    expect(undefinedMarginTerms('a 30% contribution margin', new RegExp(marginStems.en), enNames)).toHaveLength(1);
    expect(undefinedMarginTerms('profit margin fell', new RegExp(marginStems.en), enNames)).toHaveLength(1);
    expect(undefinedMarginTerms('Contribution margin after ads and gross profit', new RegExp(marginStems.en), enNames)).toEqual([]);
  });

  for (const [locale, lang] of [['zh-cn', 'zh'], ['en', 'en']] as const) {
    it(`${locale}: every margin term in the chapters is a name the glossary defines`, () => {
      const names = allowedNames(lang);
      const misses = chapters(locale).flatMap((c) =>
        undefinedMarginTerms(c.source, new RegExp(marginStems[locale]), names).map((m) => `${c.slug}: …${m}…`),
      );
      expect(misses).toEqual([]);
    });
  }
});

describe('glossary coverage', () => {
  /** Terms the chapters lean on; each is defined in both languages and linked from at least one section. */
  const required = [
    'effective-price', // 到手价
    'kept-gmv', // 签收 GMV
    'tgi',
    'return-shipping-insurance', // 运费险
    'chat-conversion', // 询单转化率
    'cpe',
    'taobaoke', // 淘宝客
    'store-rating', // DSR / 店铺体验分
    'wape',
    'acos', // ACOS / TACoS
    'mer',
    'gross-margin',
    'contribution-margin',
    'contribution-margin-after-ads',
    'contribution-margin-after-marketing',
    'net-margin',
    'private-domain',
  ];

  it('every required term is defined in both languages', () => {
    for (const id of required) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(entry!.zh.term.length, id).toBeGreaterThan(0);
      expect(entry!.en.term.length, id).toBeGreaterThan(0);
    }
  });

  for (const locale of ['zh-cn', 'en'] as const) {
    it(`${locale}: every required term is linked from at least one section`, () => {
      const linked = new Set(chapters(locale).flatMap((c) => [...termUsage(c.source).keys()]));
      expect(required.filter((id) => !linked.has(id))).toEqual([]);
    });
  }

  it('both locales link the same terms from the same sections', () => {
    for (const chapter of outline) {
      const [zh, en] = (['zh-cn', 'en'] as const).map((l) => termUsage(readFileSync(`content/${l}/${chapter.slug}.mdx`, 'utf8')));
      for (const id of required) expect(zh!.get(id) ?? [], `${chapter.slug} ${id}`).toEqual(en!.get(id) ?? []);
    }
  });
});
