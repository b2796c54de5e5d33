import { describe, expect, it } from 'vitest';
import { sectionProblems } from '../../src/lib/sections';

const h = (slug: string, text: string, depth = 2) => ({ depth, slug, text });

describe('sectionProblems', () => {
  it('accepts sections that match the h2 headings in order', () => {
    expect(sectionProblems([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], [h('a', 'A'), h('x', 'X', 3), h('b', 'B')])).toEqual([]);
  });
  it('names a missing heading', () => {
    expect(sectionProblems([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], [h('a', 'A')])[0]).toContain('"b"');
  });
  it('names an undeclared heading', () => {
    expect(sectionProblems([], [h('a', 'A')])[0]).toContain('not listed');
  });
  it('names a title or id that differs', () => {
    expect(sectionProblems([{ id: 'a', title: 'A' }], [h('a', 'Another')])).toHaveLength(1);
    expect(sectionProblems([{ id: 'a', title: 'A' }], [h('b', 'A')])).toHaveLength(1);
  });
});

describe('sectionProblems and smart punctuation', () => {
  it('treats typographic quotes in rendered headings as the typed ones', () => {
    expect(sectionProblems([{ id: 'a', title: "Today's plan" }], [h('a', 'Today’s plan')])).toEqual([]);
  });
});
