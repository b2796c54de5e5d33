import { describe, expect, it } from 'vitest';
import { countText, mdxToReadableText, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts Chinese characters and English words separately', () => {
    expect(countText('GMV 增长了 20%')).toEqual({ cjk: 3, words: 2 });
    expect(countText('')).toEqual({ cjk: 0, words: 0 });
  });
  it('is at least one minute and grows with the text', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(440))).toBe(2);
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
  });
  it('ignores frontmatter, tag names and heading anchors but keeps attribute text', () => {
    const text = mdxToReadableText('---\ntitle: x\n---\n## Title {#id}\n<Step owner="Team lead" time="2 days">Go</Step>');
    expect(text).not.toContain('title:');
    expect(text).not.toContain('#id');
    expect(text).not.toContain('Step');
    expect(text).toContain('Team lead');
  });
});
