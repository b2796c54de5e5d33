/**
 * A team pasted from a spreadsheet, read with the shared table parser (`paste-table.ts`). One person a row:
 * the name, then an actual and a target for each KPI, then an optional grade coefficient. Rows of scorecard
 * points alone (name, one value per KPI, optional grade) are read against a target of 100. The layout is the
 * one most rows match; a first row with no numbers in it is taken as a header. Pure: text in, rows and
 * issues (with line and column) out.
 */
import { detectDelimiter, numberColumn, parsePastedTable, splitRecords, type PasteColumn, type PasteIssue } from '../../paste-table';
import { parseHumanNumber } from '../../parse-number';
import { parseField } from '../../fields';
import { minorPerMajor, toMinor, type Currency } from '../../money';
import { MONEY_LIMIT } from '../shared/limits';
import { MIN_TARGET } from './core';

export interface PastedMember {
  name: string;
  actuals: number[];
  targets: number[];
  grade: number;
}

export interface TeamPaste {
  people: PastedMember[];
  /** Rows that were not imported, cell by cell; columns are `name`, `actual-K`, `target-K`, `points-K`, `grade`. */
  issues: PasteIssue[];
  header: boolean;
}

type Layout = { pairs: boolean; grade: boolean };

const MAX_NAME = 40;
/** The shared parser's default limit. */
const MAX_TEXT = 200_000;
const MEASURE = 1e12;
/** Targets divide: they must be above zero. */

const nameColumn: PasteColumn<string | number> = { key: 'name', parse: (raw) => ({ ok: true, value: raw.slice(0, MAX_NAME) }) };

function columnsFor(layout: Layout, kpiCount: number): PasteColumn<string | number>[] {
  const columns = [nameColumn];
  for (let k = 0; k < kpiCount; k++) {
    if (layout.pairs) {
      columns.push(numberColumn(`actual-${k}`, { kind: 'number', min: -MEASURE, max: MEASURE }));
      columns.push(numberColumn(`target-${k}`, { kind: 'number', min: MIN_TARGET, max: MEASURE }));
    } else {
      columns.push(numberColumn(`points-${k}`, { kind: 'number', min: -MEASURE, max: MEASURE }));
    }
  }
  if (layout.grade) columns.push(numberColumn('grade', { kind: 'number', min: 0, max: 10 }));
  return columns;
}

const width = (layout: Layout, kpiCount: number) => 1 + (layout.pairs ? 2 : 1) * kpiCount + (layout.grade ? 1 : 0);

/**
 * Parses pasted rows for a scorecard of `kpiCount` KPIs; at most `maxPeople` rows are read.
 * @example parseTeamPaste('Name\tSales\tTarget\nAds\t110\t100\nContent\t95\tx', 1).people
 * //=> [{ name: 'Ads', actuals: [110], targets: [100], grade: 1 }]
 * @example parseTeamPaste('Ads,110,95,1.2', 2).people
 * //=> [{ name: 'Ads', actuals: [110, 95], targets: [100, 100], grade: 1.2 }]
 */
export function parseTeamPaste(text: string, kpiCount: number, maxPeople = 50): TeamPaste {
  if (typeof text !== 'string' || kpiCount < 1) return { people: [], issues: [], header: false };
  // Text too long to read goes straight to the table parser, which reports it.
  const records = text.length > MAX_TEXT ? [] : splitRecords(text, detectDelimiter(text));
  const first = records[0];
  // A heading row names its columns: no numbers where the values go, and some letters.
  const header = !!first && first.cells.length > 1 && first.cells.slice(1).every((c) => !parseHumanNumber(c).ok) && first.cells.some((c) => /\p{L}/u.test(c));
  let source = text;
  if (header && first) {
    // Blank the heading's lines rather than cutting them, so issues keep the line numbers the reader sees.
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    const end = (records[1]?.line ?? first.line + 1) - 1;
    source = lines.map((line, i) => (i + 1 >= first.line && i + 1 <= end ? '' : line)).join('\n');
  }
  const layouts: Layout[] = [
    { pairs: true, grade: false },
    { pairs: true, grade: true },
    { pairs: false, grade: false },
    { pairs: false, grade: true },
  ];
  const data = records.slice(header ? 1 : 0);
  const fits = (layout: Layout) => data.filter((r) => r.cells.length === width(layout, kpiCount)).length;
  const layout = layouts.reduce((best, l) => (fits(l) > fits(best) ? l : best), layouts[0]!);
  const result = parsePastedTable<(string | number)[]>(source, columnsFor(layout, kpiCount), { maxRows: maxPeople });
  const people = result.rows.map(({ values }) => {
    const [name, ...nums] = values as [string, ...number[]];
    const step = layout.pairs ? 2 : 1;
    const actuals = Array.from({ length: kpiCount }, (_, k) => nums[k * step]!);
    const targets = layout.pairs ? Array.from({ length: kpiCount }, (_, k) => nums[k * 2 + 1]!) : actuals.map(() => 100);
    return { name, actuals, targets, grade: layout.grade ? nums[kpiCount * step]! : 1 };
  });
  return { people, issues: result.issues, header: header || result.header };
}

/* Sales per person, for the commission team */

export interface PastedSeller {
  name: string;
  /** Minor units. */
  sales: number;
}

export interface SalesPaste {
  people: PastedSeller[];
  /** Rows that were not imported; columns are `name` and `sales`. */
  issues: PasteIssue[];
  header: boolean;
}

/** The groups of an amount written with thousands separators, after the first: `345`, `345.60`. */
const GROUP = /^\d{3}(?:\.\d*)?$/;
const EXCERPT = 24;
const excerpt = (raw: string) => {
  const chars = [...raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('');
};

/**
 * Reads a pasted table of two columns, name and sales, for the commission team: tab, semicolon or comma
 * separated (as `paste-table.ts` splits them), header optional, amounts as people type them (`12,345.60`,
 * `¥12,345`, `８００００元`). Sales come back in minor units of `currency`. In comma-separated text an amount
 * with unquoted thousands separators (`张三,12,345.60`) is read as one amount. At most `maxPeople` rows are
 * read; every other problem is reported with its line and column, and the good rows are kept.
 * @example parseSalesPaste('Name,Sales\nLi,"150,000"\nWang,¥250,000', 'CNY').people
 * //=> [{ name: 'Li', sales: 15_000_000 }, { name: 'Wang', sales: 25_000_000 }]
 */
export function parseSalesPaste(text: string, currency: Currency, maxPeople = 50): SalesPaste {
  const out: SalesPaste = { people: [], issues: [], header: false };
  if (typeof text !== 'string') return out;
  if (text.length > MAX_TEXT) {
    out.issues.push({ line: 0, column: null, code: 'too-long', raw: '', max: MAX_TEXT });
    return out;
  }
  const delimiter = detectDelimiter(text);
  const spec = { kind: 'money', min: 0, max: MONEY_LIMIT / minorPerMajor[currency] } as const;
  let read = 0;
  splitRecords(text, delimiter).forEach((record, index) => {
    let cells = record.cells;
    // `张三,12,345.60`: the cells after the name are the groups of one amount.
    if (delimiter === ',' && cells.length > 2 && cells.slice(2).every((c) => GROUP.test(c)) && parseHumanNumber(cells.slice(1).join(',')).ok) {
      cells = [cells[0]!, cells.slice(1).join(',')];
    }
    const sales = cells.length > 1 ? parseField(cells[1]!, spec) : null;
    // A heading names its columns: letters, and no digits where the amount goes.
    if (index === 0 && !record.unterminated && !sales?.ok && !/\d/.test(cells[1] ?? '') && cells.some((c) => /\p{L}/u.test(c))) {
      out.header = true;
      return;
    }
    if (read >= maxPeople) {
      if (read === maxPeople) out.issues.push({ line: record.line, column: null, code: 'too-many-rows', raw: '', max: maxPeople });
      read++;
      return;
    }
    read++;
    if (record.unterminated) {
      out.issues.push({ line: record.line, column: null, code: 'quote', raw: excerpt(cells.join(' ')) });
      return;
    }
    if (cells.length !== 2 || !sales) {
      out.issues.push({ line: record.line, column: null, code: 'columns', raw: excerpt(cells.join(' ')), expected: 2, found: cells.length });
      return;
    }
    if (!sales.ok) {
      out.issues.push({ line: record.line, column: 'sales', raw: excerpt(cells[1]!), ...sales.error });
      return;
    }
    out.people.push({ name: cells[0]!.slice(0, MAX_NAME), sales: toMinor(sales.value, currency) });
  });
  return out;
}
