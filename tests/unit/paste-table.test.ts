import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  detectDelimiter,
  numberColumn,
  parsePastedTable,
  pasteIssueMessage,
  splitRecords,
  type PasteColumn,
  type PasteIssue,
} from '../../src/lib/paste-table';
import { parseDayCell } from '../../src/lib/calc/kpi/core';
import { toMinor } from '../../src/lib/money';

const day: PasteColumn<number> = { key: 'date', parse: (raw) => parseDayCell(raw, 2026, { start: 1, end: 365 }), unique: true };
const amount = numberColumn('amount', { kind: 'money', min: 0, max: 1e9 }, (v) => toMinor(v, 'CNY'));
const read = (text: string, maxRows?: number) => parsePastedTable<[number, number]>(text, [day, amount], maxRows === undefined ? {} : { maxRows });
const codes = (issues: PasteIssue[]) => issues.map((i) => `${i.line}:${i.column ?? '-'}:${i.code}`);

describe('reading pasted tables', () => {
  it('reads tab-separated cells from a spreadsheet, with a header row', () => {
    const r = read('Date\tGMV\n2026-01-31\t236,000.00\n2026-02-28\t181500\n');
    expect(r.delimiter).toBe('\t');
    expect(r.header).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, values: [31, 23_600_000] },
      { line: 3, values: [59, 18_150_000] },
    ]);
    expect(r.read).toBe(2);
  });
  it('reads Chinese headings, full-width digits, currency signs and 年月日 dates', () => {
    const r = read('日期\t销售额\n2026年6月18日\t¥１２,３４５.６\n');
    expect(r.header).toBe(true);
    expect(r.rows).toEqual([{ line: 2, values: [169, 1_234_560] }]);
  });
  it('reads CSV with quoted amounts that contain commas and quotes', () => {
    const r = read('date,amount\r\n2026-01-01,"1,234.50"\r\n"2026-01-02",99\r\n');
    expect(r.delimiter).toBe(',');
    expect(r.rows.map((x) => x.values)).toEqual([[1, 123_450], [2, 9_900]]);
  });
  it('reads semicolon CSV with decimal commas', () => {
    const r = read('2026-01-01;1234,5\n2026-01-02;12,25\n');
    expect(r.delimiter).toBe(';');
    expect(r.header).toBe(false);
    expect(r.rows.map((x) => x.values)).toEqual([[1, 123_450], [2, 1_225]]);
  });
  it('ignores a byte-order mark, CR line ends, blank lines and trailing empty cells', () => {
    const r = read('\uFEFF1\t100\r\r\n\t\t\n2\t200\t\t\r3\t300');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.values)).toEqual([[1, 10_000], [2, 20_000], [3, 30_000]]);
    expect(r.rows.map((x) => x.line)).toEqual([1, 4, 5]);
  });
  it('keeps line numbers right when a quoted cell holds a line break', () => {
    const r = read('"2026-01-01\nx"\t1\n2\tabc');
    expect(codes(r.issues)).toEqual(['1:date:invalid', '3:amount:invalid']);
  });
  it('reports every bad cell with its row and column, and keeps the good rows', () => {
    const r = read('Date\tGMV\n2026-01-05\t100\n2026-13-01\t100\n2026-01-07\t-5\n2025-01-08\tabc\n2026-01-05\t7\n4\t\n');
    expect(r.rows.map((x) => x.values)).toEqual([[5, 10_000]]);
    expect(codes(r.issues)).toEqual([
      '3:date:invalid',
      '4:amount:range',
      '5:date:year',
      '5:amount:invalid',
      '6:date:duplicate',
      '7:-:columns',
    ]);
    expect(r.issues.find((i) => i.code === 'duplicate')?.found).toBe(2);
    expect(r.issues.find((i) => i.code === 'columns')).toMatchObject({ expected: 2, found: 1 });
  });
  it('reports rows with too many columns and unclosed quotes', () => {
    const r = read('2026-01-01,1,234.50\n2026-01-02,"12\n');
    expect(r.delimiter).toBe(',');
    expect(codes(r.issues)).toEqual(['1:-:columns', '2:-:quote']);
  });
  it('does not take a data row with mistakes for a header', () => {
    const r = read('Jan 5\t100\n');
    expect(r.header).toBe(false);
    expect(codes(r.issues)).toEqual(['1:date:invalid']);
    const words = read('Day of sale\tAmount\n1\t1\n');
    expect(words.header).toBe(true);
    const s = read('2026-01-05\tabc\n');
    expect(s.header).toBe(false);
    expect(codes(s.issues)).toEqual(['1:amount:invalid']);
    const numbers = read('0\t-1\n');
    expect(numbers.header).toBe(false);
    expect(codes(numbers.issues)).toEqual(['1:date:range', '1:amount:range']);
  });
  it('stops after the row limit and refuses text that is too long', () => {
    const many = Array.from({ length: 10 }, (_, i) => `${i + 1}\t1`).join('\n');
    const r = read(many, 4);
    expect(r.rows).toHaveLength(4);
    expect(codes(r.issues)).toEqual(['5:-:too-many-rows']);
    expect(r.read).toBe(10);
    const long = parsePastedTable<[number, number]>('1\t1\n'.repeat(10), [day, amount], { maxLength: 20 });
    expect(long.rows).toEqual([]);
    expect(long.issues).toEqual([{ line: 0, column: null, code: 'too-long', raw: '', max: 20 }]);
  });
  it('returns nothing for empty or whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t\n', '\uFEFF']) {
      const r = read(text);
      expect(r.rows).toEqual([]);
      expect(r.issues).toEqual([]);
    }
  });
});

describe('hostile pasted tables never throw and never let a bad value through', () => {
  const hostile: [string, string][] = [
    ['formula cells', '=SUM(A1:A9)\t=1+1\n+cmd|"/C calc"!A0\t@SUM(1)\n-2+3\t100'],
    ['script tags', '<script>alert(1)</script>\t<img src=x onerror=alert(1)>'],
    ['NUL and control characters', '1\u0000\t1\u0007\n\u001b[31m2\t3'],
    ['huge numbers', '1\t1e309\n2\t9'.concat('9'.repeat(400))],
    ['NaN and Infinity words', '1\tNaN\n2\tInfinity\n3\t-Infinity'],
    ['negative zero', '1\t-0'],
    ['right-to-left override', '\u202E1\t001'],
    ['zero-width spaces', '1\u200B\t1\u200B00'],
    ['emoji', '📅\t💰'],
    ['only delimiters', '\t\t\t\n,,,\n;;;'],
    ['only quotes', '""""""\n"'],
    ['a million commas', ','.repeat(100_000)],
    ['one very long line', '1\t'.concat('1'.repeat(150_000))],
    ['deeply quoted', '"'.repeat(5001)],
    ['lone surrogate', '1\t\uD800'],
    ['prototype keys', '__proto__\tconstructor\nprototype\ttoString'],
    ['json', '{"__proto__":{"polluted":true}}'],
    ['html entities', '&lt;1&gt;\t&#49;'],
    ['mixed delimiters', '1\t2,3;4\n5;6\t7'],
    ['day 0 and day 999', '0\t1\n999\t1'],
    ['dates that do not exist', '2026-02-30\t1\n2026-04-31\t1\n2026-00-10\t1'],
    ['ambiguous dates', '05/06/2026\t1\n6/18/2026\t1\n18.06.2026\t1'],
    ['percent amounts', '1\t30%'],
    ['amount with letters', '1\t12abc\n2\t0x10\n3\t1_000\n4\t1e3'],
    ['windows-1252 mojibake', 'Ã¥Â\tâ€œ'],
  ];
  for (const [name, text] of hostile) {
    it(name, () => {
      let r: ReturnType<typeof read> | undefined;
      expect(() => (r = read(text))).not.toThrow();
      for (const row of r!.rows) {
        const [d, a] = row.values;
        expect(Number.isInteger(d) && d >= 1 && d <= 365).toBe(true);
        expect(Number.isInteger(a) && a >= 0 && a <= 1e11).toBe(true);
        expect(Object.is(a, -0)).toBe(false);
      }
      for (const issue of r!.issues) expect([...issue.raw].length).toBeLessThanOrEqual(25);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('turns −0 into 0 and 1_000 into 1000 only where that is a number people type', () => {
    expect(read('1\t-0').rows[0]?.values[1]).toBe(0);
    expect(codes(read('1\t12abc').issues)).toEqual(['1:amount:invalid']);
  });
  it('any text: no throw, valid rows are valid, issues point at real lines (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('1', '2026-01-05', '¥1,234.5', '"a,b"', '=1+1', '-0', ''));
    const text = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 30 }).chain((rows) =>
        fc.constantFrom('\t', ',', ';').chain((sep) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => rows.map((r) => r.join(sep)).join(eol))),
      ),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = read(t);
        const lines = t.replace(/\r\n?/g, '\n').split('\n').length;
        for (const row of r.rows) {
          expect(row.line).toBeGreaterThanOrEqual(1);
          expect(row.line).toBeLessThanOrEqual(lines);
          expect(row.values.every((v) => Number.isFinite(v) && !Object.is(v, -0))).toBe(true);
        }
        for (const issue of r.issues) expect(issue.line).toBeLessThanOrEqual(lines);
        expect(r.rows.length).toBeLessThanOrEqual(r.read);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);
  it('a table written out with any delimiter reads back the same (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 100_000_000 })), { minLength: 1, maxLength: 60, selector: (r) => r[0] }),
        fc.constantFrom('\t', ',', ';'),
        fc.boolean(),
        (rows, sep, header) => {
          const money = (minor: number) => (sep === ';' ? (minor / 100).toFixed(2).replace('.', ',') : `"${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}"`);
          const body = rows.map(([d, a]) => `${d}${sep}${money(a)}`).join('\r\n');
          const r = read(header ? `Day${sep}GMV\r\n${body}` : body);
          expect(r.issues).toEqual([]);
          expect(r.header).toBe(header);
          expect(r.rows.map((x) => x.values)).toEqual(rows);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('helpers', () => {
  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('"a\tb";c')).toBe(';');
    expect(detectDelimiter('\n\na,b')).toBe(',');
    expect(detectDelimiter('abc')).toBe('\t');
  });
  it('splits records with doubled quotes and empty lines', () => {
    expect(splitRecords('a,"b,c"\r\n\r\n"x""y",z', ',').map((r) => r.cells)).toEqual([['a', 'b,c'], ['x"y', 'z']]);
    expect(splitRecords('"open', ',')).toEqual([{ line: 1, cells: ['open'], unterminated: true }]);
  });
  it('fills message templates without re-reading what was typed', () => {
    const issue: PasteIssue = { line: 3, column: 'amount', code: 'range', raw: '{max}', min: 0, max: 1000 };
    expect(pasteIssueMessage(issue, 'Row {line}, {column}: “{value}” must be between {min} and {max}. {other}', () => 'GMV', (n) => n.toLocaleString('en-GB')))
      .toBe('Row 3, GMV: “{max}” must be between 0 and 1,000. {other}');
    expect(pasteIssueMessage({ line: 2, column: null, code: 'columns', raw: '', expected: 2, found: 3 }, 'Row {line}: {expected}/{found}', String, String)).toBe('Row 2: 2/3');
  });
});
