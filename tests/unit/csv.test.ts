import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvPercent, toCsv } from '../../src/lib/csv';

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

describe('numbers stay numbers (issue #18)', () => {
  it('writes negative and positive percentages unquoted and without an apostrophe', () => {
    expect(csvCell(csvPercent(-0.0081, 2))).toBe('-0.81%');
    expect(csvCell(csvPercent(0.271, 2))).toBe('27.10%');
    expect(csvCell(csvPercent(-0.5, 1))).toBe('-50.0%');
    expect(csvCell(csvPercent(-0.00001, 2))).toBe('0.00%');
    expect(csvCell(csvPercent(Number.NaN, 2))).toBe('');
    expect(toCsv([['ROI', csvPercent(-0.0081, 2), -12.5]])).toBe('\uFEFFROI,-0.81%,-12.5\r\n');
  });
  it('still escapes text that starts with = + - @ tab or carriage return', () => {
    expect(csvCell('-0.81%')).toBe(`"'-0.81%"`);
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });
});
