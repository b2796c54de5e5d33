import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseQuery, correctWord, definesTerm, editDistance, excerpt, markTerms, rankRecords, type RankRecord } from '../../src/lib/search-rank';

const texts = (q: string) => analyseQuery(q).terms.map((t) => t.text);

describe('analyseQuery', () => {
  it('drops question words and stop words in both languages', () => {
    expect(analyseQuery('how to calculate margin').search).toBe('margin');
    expect(analyseQuery('calculate').search).toBe('calculate');
    expect(analyseQuery('怎么算毛利率').search).toBe('毛利率');
    expect(texts('what is the ROAS')).toEqual(['roas']);
    expect(analyseQuery('店铺评分低怎么办').search).toBe('店铺评分');
    expect(analyseQuery('怎么写商品标题').search).toBe('商品标题');
    expect(analyseQuery('what is').search).toBe('');
    expect(analyseQuery('什么 怎么 如何 为什么 哪些').search).toBe('');
  });

  it('keeps mixed Chinese and English queries, abbreviations and hyphenated words', () => {
    expect(analyseQuery('GMV 拆解').search).toBe('gmv 拆解');
    expect(analyseQuery('ROI 怎么算').search).toBe('roi');
    expect(texts('A/B test')).toContain('a/b');
    expect(texts('break-even uplift')).toEqual(['break-even', 'uplift', 'break-even uplift']);
  });

  it('recognises requests for a definition', () => {
    expect(analyseQuery('what is a flash sale').definition).toBe('flash sale');
    expect(analyseQuery('什么是GMV').definition).toBe('gmv');
    expect(analyseQuery('客单价是什么').definition).toBe('客单价');
    expect(analyseQuery('flash sale').definition).toBeNull();
    expect(analyseQuery('怎么算毛利率').definition).toBeNull();
  });

  it('never throws and never returns a stop word as a term', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        const a = analyseQuery(q);
        for (const t of a.terms) expect(['how', 'to', 'what', 'is', 'a', 'the', '什么', '怎么', '如何', '是什么']).not.toContain(t.text);
      }),
    );
  });
});

describe('markTerms', () => {
  it('marks whole English words only, never letters inside words', () => {
    const a = analyseQuery('how to write a product title');
    const marked = markTerms('A product title sells. Titles and subtitles, a rating.', a.terms).filter((p) => p.mark).map((p) => p.text);
    expect(marked).toEqual(['product title', 'Titles']);
  });

  it('marks Chinese phrases wherever they occur', () => {
    const a = analyseQuery('怎么算毛利率');
    expect(markTerms('毛利率是毛利除以收入', a.terms).filter((p) => p.mark).map((p) => p.text)).toEqual(['毛利率']);
  });

  it('returns the text unchanged when put back together', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 20 }), (text, q) => {
        expect(markTerms(text, analyseQuery(q).terms).map((p) => p.text).join('')).toBe(text);
      }),
    );
  });
});

describe('rankRecords', () => {
  const rec = (id: string, kind: string, title: string, body: string, keywords: string[] = []): RankRecord => ({ id, url: `/${id}`, title, kind, keywords, body, score: 1 });
  const records = [
    rec('g1', 'glossary', 'Return on ad spend (ROAS)', 'ROAS is revenue from ads divided by ad spend.'),
    rec('g2', 'glossary', 'Return on investment (ROI)', 'ROI compares profit with cost; ROAS does not.'),
    rec('g3', 'glossary', 'Cost per click (CPC)', 'ROAS and CPC together tell you ...'),
    rec('s1', 'chapter', 'SEO and paid advertising', 'Break-even ROAS sets the bid. ROAS ROAS.', ['ROAS', 'ads']),
    rec('s2', 'chapter', 'Roles and collaboration', 'Ads report ROAS weekly.', ['roles']),
    rec('s3', 'chapter', 'Pricing', 'Nothing about it.', ['pricing']),
    rec('s4', 'chapter', 'KPIs', 'Track ROAS daily.', ['kpi']),
    rec('s5', 'chapter', 'Summary', 'ROAS once more.', ['summary']),
  ];

  it('puts the section whose keywords and title match above a definition, and the definition first when asked', () => {
    expect(rankRecords(records, analyseQuery('ROAS'))[0]!.id).toBe('s1');
    const asked = rankRecords(records, analyseQuery('what is ROAS'));
    expect(asked[0]!.id).toBe('g1');
    expect(asked[1]!.id).toBe('s1');
  });

  it('after the asked definition come sections, not neighbouring terms; an entry answers for its other names', () => {
    const family = [
      rec('gmv', 'glossary', '成交总额（GMV）', 'GMV 是下单金额之和。'),
      rec('kept', 'glossary', '签收 GMV', '签收 GMV 扣除了拒收和退货的 GMV。GMV GMV'),
      rec('sec', 'chapter', 'KPI 与目标', 'GMV 拆成流量、转化率和客单价。', ['GMV']),
      { ...rec('cm', 'glossary', 'Contribution margin before ads', 'Net revenue minus variable costs.'), names: ['contribution margin before ads', 'contribution margin'] },
      { ...rec('cma', 'glossary', 'Contribution margin after ads', 'Contribution margin before ads minus ad spend; contribution margin.'), names: ['contribution margin after ads'] },
    ];
    expect(rankRecords(family, analyseQuery('什么是GMV')).map((r) => r.id).slice(0, 2)).toEqual(['gmv', 'sec']);
    expect(rankRecords(family, analyseQuery('what does contribution margin mean'))[0]!.id).toBe('cm');
  });

  it('keeps at most two glossary entries in the first five unless filtered by kind, and drops non-matches', () => {
    const ranked = rankRecords(records, analyseQuery('ROAS'));
    expect(ranked.slice(0, 5).filter((r) => r.kind === 'glossary').length).toBeLessThanOrEqual(2);
    expect(ranked.map((r) => r.id)).not.toContain('s3');
    expect(rankRecords(records, analyseQuery('ROAS'), { filteredByKind: true }).filter((r) => r.kind === 'glossary').length).toBe(3);
  });
});

describe('definesTerm, excerpt and spelling', () => {
  it('matches a glossary title by its name or its abbreviation', () => {
    expect(definesTerm('Average order value (AOV)', 'aov')).toBe(true);
    expect(definesTerm('Average order value (AOV)', 'average order value')).toBe(true);
    expect(definesTerm('成交总额（GMV）', 'gmv')).toBe(true);
    expect(definesTerm('Gross margin', 'margin')).toBe(false);
  });

  it('cuts an excerpt around the matches, at word boundaries', () => {
    const body = `${'filler words here '.repeat(30)}the safety stock covers lead time ${'more filler '.repeat(30)}`;
    const e = excerpt(body, analyseQuery('safety stock').terms, 80);
    expect(e).toContain('safety stock');
    expect(e.startsWith('… ')).toBe(true);
    expect(e.replace(/^… | …$/g, '').split(' ').every((w) => body.includes(w))).toBe(true);
  });

  it('corrects small English misspellings against the vocabulary, and nothing else', () => {
    const vocabulary = ['inventory', 'commission', 'customer', 'forecasting', 'segmentation'];
    expect(correctWord('invetory', vocabulary)).toBe('inventory');
    expect(correctWord('comission', vocabulary)).toBe('commission');
    expect(correctWord('custmer', vocabulary)).toBe('customer');
    expect(correctWord('xyz', vocabulary)).toBeUndefined();
    expect(correctWord('banana', vocabulary)).toBeUndefined();
    expect(editDistance('abcd', 'abdc')).toBe(1);
  });
});
