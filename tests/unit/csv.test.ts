import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, toCsv } from '../../src/lib/csv';

describe('CSV for Excel and WPS', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv([['a', 1], ['b', 2]])).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('escapes text that a spreadsheet would run as a formula', () => {
    for (const evil of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")']) {
      const cell = csvCell(evil);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
  });
  it('writes numbers as numbers, negatives included, and drops non-finite ones', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
  it('keeps Chinese text intact', () => {
    expect(toCsv([['单件成本', 50]])).toBe('\uFEFF单件成本,50\r\n');
  });
  it('no text cell ever starts with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        const inner = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
