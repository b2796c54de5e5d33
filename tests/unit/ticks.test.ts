import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TICKS, parseTicks, serialiseTicks } from '../../src/lib/ticks';

describe('stored checklist ticks', () => {
  it('reads what it wrote', () => {
    expect(parseTicks(serialiseTicks([3, 0, 2]))).toEqual([0, 2, 3]);
    expect(parseTicks('[]')).toEqual([]);
  });

  it('reads anything corrupted, foreign or hostile as nothing ticked', () => {
    for (const raw of [undefined, null, 7, '', '{', 'null', '"0"', '{"0":true}', '[1,1]', '[-1]', '[1.5]', '[100]', '["1"]', '[1e400]', `[${'1,'.repeat(600)}1]`]) {
      expect(parseTicks(raw), String(raw)).toEqual([]);
    }
  });

  it('round-trips any set of valid indexes, sorted', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: MAX_TICKS - 1 }), { maxLength: MAX_TICKS }), (ticks) => {
        expect(parseTicks(serialiseTicks(ticks))).toEqual([...ticks].sort((a, b) => a - b));
      }),
    );
  });

  it('never throws and only ever returns valid indexes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const ticks = parseTicks(raw);
        expect(ticks.every((t) => Number.isInteger(t) && t >= 0 && t < MAX_TICKS)).toBe(true);
      }),
    );
  });
});
