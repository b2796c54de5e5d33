import { describe, expect, it } from 'vitest';
import { outline } from '../../src/data/outline';
import { readingPaths } from '../../src/lib/reading-path';

const known = new Set(outline.flatMap((c) => c.sections.map((s) => `${c.slug}#${s}`)));

describe('reading paths on the start page', () => {
  it('every listed section exists in the outline, once per role', () => {
    for (const [role, refs] of Object.entries(readingPaths)) {
      expect(refs.filter((r) => !known.has(r)), role).toEqual([]);
      expect(new Set(refs).size, role).toBe(refs.length);
    }
  });

  it('operators and planners both read where ad ROI is explained', () => {
    expect(readingPaths.operator).toContain('05-marketing#seo-and-ads');
    expect(readingPaths.planner).toContain('05-marketing#seo-and-ads');
  });

  it('team leads read roles before incentives, as their introduction says', () => {
    const lead: readonly string[] = readingPaths.lead;
    expect(lead.indexOf('07-team#roles-and-collaboration')).toBeLessThan(lead.indexOf('07-team#incentives'));
  });
});
