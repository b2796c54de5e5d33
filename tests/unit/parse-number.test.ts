import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHumanNumber } from '../../src/lib/parse-number';
import { parseField } from '../../src/lib/fields';

describe('parseHumanNumber accepts numbers as people type them', () => {
  const ok: [string, number, boolean?][] = [
    ['0', 0],
    ['42', 42],
    ['  42  ', 42],
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['12,5', 12.5],
    ['0,75', 0.75],
    ['.5', 0.5],
    ['5.', 5],
    ['１２３．５', 123.5],
    ['１，２３４', 1234],
    ['３０％', 30, true],
    ['30%', 30, true],
    ['30 %', 30, true],
    ['¥80', 80],
    ['￥80', 80],
    ['$ 1 200', 1200],
    ['€12,50', 12.5],
    ['80元', 80],
    ['RMB 99', 99],
    ['-5', -5],
    ['−5', -5],
    ['+5', 5],
    ['-0', 0],
    ['1 234 567', 1234567],
    ['1\u00a0234', 1234],
    ['12。5', 12.5],
  ];
  for (const [input, value, percent = false] of ok) {
    it(`reads ${JSON.stringify(input)} as ${value}`, () => {
      const r = parseHumanNumber(input);
      expect(r).toEqual({ ok: true, value, percent });
      if (r.ok) expect(Object.is(r.value, -0)).toBe(false);
    });
  }
});

describe('parseHumanNumber refuses everything else (hostile table)', () => {
  const bad: [string, 'empty' | 'invalid'][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['abc', 'invalid'],
    ['12abc', 'invalid'],
    ['1e309', 'invalid'],
    ['1e3', 'invalid'],
    ['Infinity', 'invalid'],
    ['-Infinity', 'invalid'],
    ['NaN', 'invalid'],
    ['0x1F', 'invalid'],
    ['1,2,3', 'invalid'],
    ['1,23,456', 'invalid'],
    ['1.2.3', 'invalid'],
    ['12,34,5', 'invalid'],
    ['1,234.5.6', 'invalid'],
    ['1.234,5,6', 'invalid'],
    ['--5', 'invalid'],
    ['5-', 'invalid'],
    ['%', 'invalid'],
    ['%%5', 'invalid'],
    ['5%%', 'invalid'],
    ['¥', 'invalid'],
    ['$$5', 'invalid'],
    ['<script>alert(1)</script>', 'invalid'],
    ['"><img src=x onerror=alert(1)>', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['__proto__', 'invalid'],
    ['constructor', 'invalid'],
    ['{"a":1}', 'invalid'],
    ['[1]', 'invalid'],
    ['null', 'invalid'],
    ['undefined', 'invalid'],
    ['true', 'invalid'],
    ['1/2', 'invalid'],
    ['½', 'invalid'],
    ['٣', 'invalid'],
    ['五', 'invalid'],
    ['1' + '0'.repeat(400), 'invalid'],
    ['9'.repeat(41), 'invalid'],
    ['12 34,5.6', 'invalid'],
    ['=1+1', 'invalid'],
    ['@SUM(A1)', 'invalid'],
    ['+-5', 'invalid'],
    ['.', 'invalid'],
    [',', 'invalid'],
    ['1..2', 'invalid'],
    ['١٢', 'invalid'],
    ['\u202e12', 'invalid'],
    ['12\u0000', 'invalid'],
  ];
  for (const [input, reason] of bad) {
    it(`refuses ${JSON.stringify(input.slice(0, 30))} (${reason})`, () => {
      expect(parseHumanNumber(input)).toEqual({ ok: false, reason });
    });
  }
  it('has at least 50 hostile cases', () => expect(bad.length).toBeGreaterThanOrEqual(50));
});

describe('parseHumanNumber properties', () => {
  it('round-trips every finite double written by toString without exponent (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (v) => {
        const text = v.toFixed(6);
        const r = parseHumanNumber(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toBeCloseTo(Number(text), 6);
      }),
      { numRuns: 2000 },
    );
  });
  it('never returns NaN, Infinity or -0 for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = parseHumanNumber(s);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Object.is(r.value, -0)).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('reads grouped integers in en-US style (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseHumanNumber(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n, percent: false });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseField', () => {
  const money = { kind: 'money' as const, min: 0, max: 1e9 };
  it('accepts values in range and reports range, emptiness and integers', () => {
    expect(parseField('50', money)).toEqual({ ok: true, value: 50 });
    expect(parseField('-1', money)).toEqual({ ok: false, error: { code: 'range', min: 0, max: 1e9 } });
    expect(parseField('', money)).toEqual({ ok: false, error: { code: 'empty', min: 0, max: 1e9 } });
    expect(parseField('1.5', { kind: 'count', min: 0, max: 10, integer: true })).toMatchObject({ ok: false, error: { code: 'integer' } });
    expect(parseField('1e309', money)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
  it('allows % only on percent fields', () => {
    expect(parseField('30%', { kind: 'percent', min: 0, max: 99 })).toEqual({ ok: true, value: 30 });
    expect(parseField('30%', money)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
