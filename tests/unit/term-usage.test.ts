import { describe, expect, it } from 'vitest';
import { termUsage } from '../../src/lib/term-usage';

describe('termUsage', () => {
  it('maps glossary ids to the sections that use them, once each', () => {
    const source = [
      '## One {#one}',
      'Text with <Term id="gmv">GMV</Term> and <Term id="cvr">CVR</Term>, and <Term id="gmv">GMV</Term> again.',
      '<Metric term="aov" name="AOV" formula="GMV ÷ orders">',
      '## Two {#two}',
      'More <Term id="gmv">GMV</Term>.',
    ].join('\n');
    const usage = termUsage(source);
    expect(usage.get('gmv')).toEqual(['one', 'two']);
    expect(usage.get('cvr')).toEqual(['one']);
    expect(usage.get('aov')).toEqual(['one']);
  });
  it('ignores terms before the first section', () => {
    expect(termUsage('<Term id="gmv">x</Term>\n## A {#a}\n').size).toBe(0);
  });
});
