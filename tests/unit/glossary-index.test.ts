import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abbreviation, groupByLetter, indexLetter, OTHER_LETTER, sortKey } from '../../src/lib/glossary-index';
import { termAnchorId, termUsage } from '../../src/lib/term-usage';

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base' }).compare;

describe('glossary index letters', () => {
  it('files abbreviations under their Latin letter in both languages', () => {
    expect(indexLetter('成交总额（GMV）', pinyin)).toBe('G');
    expect(indexLetter('Gross merchandise value (GMV)', pinyin)).toBe('G');
    expect(indexLetter('点击率（CTR）', pinyin)).toBe('C');
    expect(indexLetter('用户生命周期价值（LTV）', pinyin)).toBe('L');
    expect(indexLetter('Customer lifetime value (LTV)', pinyin)).toBe('L');
  });

  it('files other Chinese terms under the pinyin initial of the first character', () => {
    expect(indexLetter('毛利率', pinyin)).toBe('M');
    expect(indexLetter('安全库存', pinyin)).toBe('A');
    expect(indexLetter('坑产', pinyin)).toBe('K');
    expect(indexLetter('直通车', pinyin)).toBe('Z');
    expect(indexLetter('需求前置', pinyin)).toBe('X');
    expect(indexLetter('尾数定价', pinyin)).toBe('W');
    // 曝 has two readings; the term is read bào guāng.
    expect(indexLetter('曝光量', pinyin)).toBe('B');
  });

  it('files English terms under their first letter, upper-cased, and anything else under #', () => {
    expect(indexLetter('markup', pinyin)).toBe('M');
    expect(indexLetter('A/B test', pinyin)).toBe('A');
    expect(indexLetter('1688 sourcing', pinyin)).toBe(OTHER_LETTER);
    expect(indexLetter('', pinyin)).toBe(OTHER_LETTER);
  });

  it('reads abbreviations in ASCII and full-width brackets only at the end', () => {
    expect(abbreviation('访客数（UV）')).toBe('UV');
    expect(abbreviation('Unique visitors (UV)')).toBe('UV');
    expect(abbreviation('Zhitongche (Tmall/Taobao search ads)')).toBeUndefined();
    expect(abbreviation('Key opinion leader (creator)')).toBe('creator');
    expect(sortKey('成交总额（GMV）')).toBe('GMV');
  });

  it('always answers with one letter A–Z or #, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (term) => {
        expect(indexLetter(term, pinyin)).toMatch(/^[A-Z#]$/);
      }),
    );
  });

  it('groups in A–Z order with # last and sorts inside a letter', () => {
    const groups = groupByLetter(['转化率（CVR）', '成交总额（GMV）', '毛利率', '1688', '点击率（CTR）'], (s) => s, (t) => indexLetter(t, pinyin), pinyin);
    expect(groups.map((g) => g.letter)).toEqual(['C', 'G', 'M', '#']);
    expect(groups[0]!.items).toEqual(['点击率（CTR）', '转化率（CVR）']);
  });
});

describe('term anchors', () => {
  it('names the first use of a term in a section, matching what termUsage lists', () => {
    const usage = termUsage('## KPIs {#kpis}\nA <Term id="gmv">GMV</Term> target.\n<Metric term="cvr" name="CVR" formula="x" />\n');
    expect([...usage.entries()]).toEqual([['gmv', ['kpis']], ['cvr', ['kpis']]]);
    expect(termAnchorId('gmv', 'kpis')).toBe('use-gmv-in-kpis');
  });
});
