import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  continueAt,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  markRead,
  markUnread,
  parseSectionList,
  progressLine,
  rememberPlace,
  summarize,
} from '../../src/lib/progress';
import { sectionMinutes } from '../../src/lib/section-text';
import { isRole, pathPosition } from '../../src/lib/reading-path';

describe('stored progress', () => {
  it('reads back what it wrote', () => {
    let p = markRead(emptyProgress, '06-data-driven#kpis', 1_700_000_000_000);
    p = rememberPlace(p, '06-data-driven#marketing-optimisation', 'zh-cn', 1_700_000_000_500);
    expect(decodeProgress(encodeProgress(p))).toEqual({
      v: 1,
      read: { '06-data-driven#kpis': 1_700_000_000_000 },
      last: { key: '06-data-driven#marketing-optimisation', locale: 'zh-cn', at: 1_700_000_000_500 },
    });
  });

  it('treats corrupted data as no progress', () => {
    for (const raw of [
      undefined,
      '',
      '{',
      'null',
      '[]',
      '"read"',
      '{"v":1}',
      '{"v":1,"read":{"06-data-driven#kpis":"yesterday"}}',
      '{"v":1,"read":{"../../etc#passwd":1}}',
      '{"v":1,"read":{"06-data-driven#kpis":-5}}',
      '{"v":1,"read":{},"last":{"key":"06-data-driven#kpis","locale":"fr","at":1}}',
    ]) {
      expect(decodeProgress(raw), String(raw)).toEqual(emptyProgress);
    }
  });

  it('drops data of another version instead of misreading it', () => {
    expect(decodeProgress('{"sections":["06-data-driven#kpis"]}')).toEqual(emptyProgress);
    expect(decodeProgress('{"v":0,"read":{"06-data-driven#kpis":1}}')).toEqual(emptyProgress);
    expect(decodeProgress('{"v":2,"read":{"06-data-driven#kpis":1}}')).toEqual(emptyProgress);
  });

  it('refuses absurd amounts of data', () => {
    const read = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`01-introduction#s${i}`, 1]));
    expect(decodeProgress(JSON.stringify({ v: 1, read }))).toEqual(emptyProgress);
  });

  it('never throws and always yields a valid value, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((x) => JSON.stringify(x) ?? '')), (raw) => {
        const p = decodeProgress(raw);
        expect(p.v).toBe(1);
        expect(decodeProgress(encodeProgress(p))).toEqual(p);
      }),
    );
  });

  it('marks, keeps the first time and undoes', () => {
    const once = markRead(emptyProgress, '01-introduction#why', 10);
    expect(markRead(once, '01-introduction#why', 20)).toBe(once);
    expect(markUnread(once, '01-introduction#why')).toEqual(emptyProgress);
    expect(markRead(emptyProgress, 'not a key', 10)).toBe(emptyProgress);
  });
});

describe('progress summaries', () => {
  const sections = [
    { key: '06-data-driven#why-data', minutes: 5 },
    { key: '06-data-driven#kpis', minutes: 7 },
    { key: '06-data-driven#marketing-optimisation', minutes: 6 },
  ];
  it('counts read sections and the minutes left', () => {
    const p = markRead(emptyProgress, '06-data-driven#kpis', 1);
    expect(summarize(p, sections)).toEqual({ read: 1, total: 3, minutesLeft: 11 });
    expect(summarize(emptyProgress, [])).toEqual({ read: 0, total: 0, minutesLeft: 0 });
  });

  it('writes the progress line a page shows, choosing the sentence for none, some and all read', () => {
    const t = { template: '{read} of {total} read, {minutes} min left', done: 'All {total} read', none: 'Not started' };
    expect(progressLine({ read: 1, total: 3, minutesLeft: 11 }, t)).toBe('1 of 3 read, 11 min left');
    expect(progressLine({ read: 3, total: 3, minutesLeft: 0 }, t)).toBe('All 3 read');
    expect(progressLine({ read: 0, total: 3, minutesLeft: 18 }, t)).toBe('Not started');
    // Without a sentence for none, the page says "0 of 3": what the start page prints before it knows more.
    expect(progressLine({ read: 0, total: 3, minutesLeft: 18 }, { template: t.template })).toBe('0 of 3 read, 18 min left');
    expect(progressLine({ read: 0, total: 3, minutesLeft: 18 }, { template: '{read}/{total}', none: '' })).toBe('');
  });

  it('reads the sections a page lists as key:minutes pairs', () => {
    expect(parseSectionList('06-data-driven#kpis:7  06-data-driven#why-data:x')).toEqual([
      { key: '06-data-driven#kpis', minutes: 7 },
      { key: '06-data-driven#why-data', minutes: 0 },
    ]);
    expect(parseSectionList('')).toEqual([]);
  });

  it('continues at the last place when unfinished, else at the next unread section', () => {
    const order = sections.map((s) => s.key);
    expect(continueAt(emptyProgress, order)).toBe('06-data-driven#why-data');
    let p = rememberPlace(markRead(emptyProgress, '06-data-driven#why-data', 1), '06-data-driven#why-data', 'en', 2);
    expect(continueAt(p, order)).toBe('06-data-driven#kpis');
    p = rememberPlace(p, '06-data-driven#marketing-optimisation', 'en', 3);
    expect(continueAt(p, order)).toBe('06-data-driven#marketing-optimisation');
    p = markRead(markRead(p, '06-data-driven#kpis', 4), '06-data-driven#marketing-optimisation', 5);
    expect(continueAt(p, order)).toBeUndefined();
  });
});

describe('section reading time and role paths', () => {
  it('splits a chapter into sections, the opening counting towards the first', () => {
    const source = `---\ntitle: x\n---\n${'word '.repeat(220)}\n## A {#a}\n${'word '.repeat(220)}\n## B {#b}\n${'字'.repeat(1200)}\n`;
    expect(sectionMinutes(source)).toEqual([{ id: 'a', minutes: 2 }, { id: 'b', minutes: 3 }]);
  });

  it('places a section in a role path', () => {
    expect(pathPosition('operator', '03-core-strategies#product')).toEqual({ step: 1, total: 6, next: '03-core-strategies#pricing-and-promotion' });
    expect(pathPosition('operator', '05-marketing#seo-and-ads')).toEqual({ step: 5, total: 6, next: '06-data-driven#kpis' });
    expect(pathPosition('operator', '06-data-driven#kpis')).toEqual({ step: 6, total: 6, next: undefined });
    expect(pathPosition('lead', '03-core-strategies#product')).toBeUndefined();
    expect(isRole('planner')).toBe(true);
    expect(isRole('<script>')).toBe(false);
  });
});
