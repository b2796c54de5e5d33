/**
 * A team pasted from a spreadsheet, read with the shared table parser (`paste-table.ts`). One person a row:
 * the name, then an actual and a target for each KPI, then an optional grade coefficient. Rows of scorecard
 * points alone (name, one value per KPI, optional grade) are read against a target of 100. The layout is the
 * one most rows match; a first row with no numbers in it is taken as a header. Pure: text in, rows and
 * issues (with line and column) out.
 */
import { detectDelimiter, numberColumn, parsePastedTable, splitRecords, type PasteColumn, type PasteIssue } from '../../paste-table';
import { parseHumanNumber } from '../../parse-number';
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
