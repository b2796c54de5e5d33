// The working templates: each file is written as the site writes it, read back with a spreadsheet parser
// (exceljs), and its formulas are evaluated; the answers are the worked examples' figures, worked out by hand
// below. Where LibreOffice is installed, it recalculates each workbook as well, from cached values set wrong.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitTarget } from '../../src/lib/calc/kpi';
import { kpiPlan } from '../../src/lib/templates/kpi-plan';
import { kpiWorkbook, priceWorkbook, promotionWorkbook, translator } from '../../src/templates/examples';
import { writeXlsx } from '../../src/templates/xlsx';
import { templates, templatesOf, sizeInKb } from '../../src/lib/templates';
import { checklistsOf, ownersOf, stepsOf } from '../../src/lib/templates/mdx-parts';
import { checklistRows, metricRows, raciRows, rolesOf } from '../../src/lib/templates/tables';
import { columnName, type Workbook } from '../../src/lib/templates/workbook';
import { toCsv } from '../../src/lib/csv';
import { evaluateSheet, type Value } from './formula-eval';
import type { Locale } from '../../src/i18n/locales';

const locales: Locale[] = ['en', 'zh-cn'];
const chapterSource = (locale: Locale, slug: string) => readFileSync(`content/${locale}/${slug}.mdx`, 'utf8');
const chapterFiles = (locale: Locale) => readdirSync(`content/${locale}`).filter((f) => f.endsWith('.mdx')).sort();

/** Each sheet of an .xlsx as A1 → literal or formula (with its cached result), read back by exceljs. */
async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets = new Map<string, { cells: Map<string, number | string | null | { formula: string }>; cached: Map<string, unknown> }>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, number | string | null | { formula: string }>();
    const cached = new Map<string, unknown>();
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      const ref = `${columnName(c - 1)}${r}`;
      const v = cell.value as unknown;
      if (v && typeof v === 'object' && 'formula' in v) {
        cells.set(ref, { formula: (v as { formula: string }).formula });
        cached.set(ref, (v as { result?: unknown }).result);
      } else cells.set(ref, v as number | string | null);
    }));
    sheets.set(ws.name, { cells, cached });
  });
  return sheets;
}

async function evaluated(book: Workbook) {
  const sheets = await readBack(await writeXlsx(book));
  const first = sheets.get(book.sheets[0]!.name)!;
  const value = evaluateSheet(first.cells);
  return { sheets, first, value, num: (ref: string) => value(ref) as number };
}

/** Every formula's cached value is what the formula gives: a viewer that does not recalculate shows the same. */
function expectCachedAgree(first: { cells: Map<string, unknown>; cached: Map<string, unknown> }, value: (ref: string) => Value) {
  let formulas = 0;
  for (const [ref, cached] of first.cached) {
    formulas++;
    const got = value(ref);
    // exceljs reads a cached 0 or empty text back as no value (the file holds <v>0</v>, or an empty string).
    if (typeof got === 'number') expect(cached ?? 0, ref).toBeCloseTo(got, 6);
    else expect(cached ?? '', ref).toEqual(got);
  }
  expect(formulas).toBeGreaterThan(10);
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** LibreOffice's own recalculation of a workbook whose cached values were all set to 999, first sheet as CSV rows. */
async function libreOfficeRows(book: Workbook): Promise<string[][]> {
  const poisoned: Workbook = {
    ...book,
    sheets: book.sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (c && typeof c === 'object' && 'formula' in c ? { ...c, value: 999 } : c))) })),
  };
  const dir = mkdtempSync(join(tmpdir(), 'templates-'));
  writeFileSync(join(dir, 'book.xlsx'), await writeXlsx(poisoned));
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  // Recalculate every OOXML file on load (the default trusts the cached values).
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>');
  execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv', '--outdir', dir, join(dir, 'book.xlsx')], { stdio: 'ignore', timeout: 60_000 });
  const text = readFileSync(join(dir, 'book.csv'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return parseCsv(text.replace(/\r?\n/g, '\r\n'));
}

/** A number as LibreOffice writes it to CSV: 78.12, or 30.0051% for a percentage cell. */
const lo = (cell: string | undefined): number => (cell?.endsWith('%') ? Number(cell.slice(0, -1)) / 100 : Number(cell));

describe('price sheet', () => {
  for (const locale of locales) {
    it(`${locale}: the formulas give the section 3.2 bottle's price, fees, profit and margin on each channel`, async () => {
      const { first, value, num } = await evaluated(priceWorkbook(locale, translator(locale)));
      // Rows 7–10: Tmall, JD, Douyin, mini program, each at the price the calculator finds for 30 %.
      // Tmall at ¥78.12: commission 5 % × 78.12 = 3.906 → 3.91; payment 0.6 % × 78.12 = 0.46872 → 0.47;
      // profit 78.12 − 50 − 0.30 − 3.91 − 0.47 = 23.44; margin 23.44 ÷ 78.12.
      expect(num('H7')).toBe(78.12);
      expect(num('J7')).toBe(78.12);
      expect(num('L7')).toBe(3.91);
      expect(num('M7')).toBe(0.47);
      expect(num('N7')).toBeCloseTo(23.44, 9);
      expect(num('O7')).toBeCloseTo(23.44 / 78.12, 9);
      // JD at ¥81.92, 8 % commission: 6.5536 → 6.55, 0.49152 → 0.49, profit 81.92 − 50.30 − 6.55 − 0.49 = 24.58.
      expect(num('E8')).toBe(0.08);
      expect(num('N8')).toBeCloseTo(24.58, 9);
      // Mini program at ¥72.48, no commission: 0.43488 → 0.43, profit 72.48 − 50.30 − 0.43 = 21.75.
      expect(num('L10')).toBe(0);
      expect(num('N10')).toBeCloseTo(21.75, 9);
      // Every example row meets the 30 % target, and the formula's target price is within a cent of the calculator's.
      for (const r of [7, 8, 9, 10]) {
        expect(num(`O${r}`)).toBeGreaterThanOrEqual(0.3);
        expect(Math.abs(num(`P${r}`) - num(`H${r}`))).toBeLessThanOrEqual(0.011);
      }
      // Tmall by formula: 50.30 ÷ (1 − 0.056 − 0.3) = 78.1056 → 78.11.
      expect(num('P7')).toBe(78.11);
      expectCachedAgree(first, value);
    });
  }

  it('a row waiting for its SKU stays blank, and works as soon as its price and cost are typed', async () => {
    const { first } = await evaluated(priceWorkbook('en', translator('en')));
    // Row 11 is the first blank row under the four example channels.
    const blank = evaluateSheet(first.cells);
    for (const c of 'IJKLMNOP') expect(blank(`${c}11`), `${c}11`).toBe('');
    // ¥100 including 13 % VAT, cost ¥40, fees 0.50, commission 5 %, payment 0.6 %: net 100 ÷ 1.13 = 88.495… → 88.50,
    // commission 5.00, payment 0.60, profit 88.50 − 40 − 0.50 − 5.00 − 0.60 = 42.40.
    for (const [ref, v] of [['C11', 40], ['D11', 0.5], ['E11', 0.05], ['F11', 0.006], ['G11', 0.13], ['H11', 100]] as const) first.cells.set(ref, v);
    const typed = evaluateSheet(first.cells);
    expect(typed('J11')).toBe(88.5);
    expect(typed('L11')).toBe(5);
    expect(typed('M11')).toBe(0.6);
    expect(typed('N11') as number).toBeCloseTo(42.4, 9);
  });

  it('switching to prices without VAT adds VAT on top and takes the fees on the gross price', async () => {
    const book = priceWorkbook('en', translator('en'));
    const { first } = await evaluated(book);
    first.cells.set('B3', 0);
    first.cells.set('G7', 0.13);
    const value = evaluateSheet(first.cells);
    // Net 78.12, VAT 13 % = 10.1556 → 10.16, gross 88.28; commission 5 % × 88.28 = 4.414 → 4.41.
    expect(value('I7')).toBeCloseTo(88.28, 9);
    expect(value('K7')).toBeCloseTo(10.16, 9);
    expect(value('L7')).toBe(4.41);
  });

  it.skipIf(!soffice)('LibreOffice recalculates the same prices (en)', async () => {
    const rows = await libreOfficeRows(priceWorkbook('en', translator('en')));
    const tmall = rows[6]!;
    expect(lo(tmall[13])).toBeCloseTo(23.44, 9);
    expect(lo(tmall[14])).toBeCloseTo(23.44 / 78.12, 9);
    expect(lo(rows[7]![13])).toBeCloseTo(24.58, 9);
    expect(lo(tmall[15])).toBe(78.11);
  }, 90_000);
});

describe('promotion plan', () => {
  for (const locale of locales) {
    it(`${locale}: the formulas give the 满300减50 example's discount, break-even uplifts and budget`, async () => {
      const { first, value, num } = await evaluated(promotionWorkbook(locale, translator(locale), chapterSource(locale, '03-core-strategies')));
      // Orders of ¥162 (half), ¥324 (35 %) and ¥648 (15 %): only the last two reach ¥300 and get ¥50 off.
      // d = (0.35 × 50 + 0.15 × 50) ÷ (0.5 × 162 + 0.35 × 324 + 0.15 × 648) = 25 ÷ 291.6.
      const d = 25 / 291.6;
      expect(num('B38')).toBeCloseTo(d, 12);
      // Fees 5.6 % of ¥81; contribution 81 × 0.944 − 50.30 = 26.164 before, 81 × (1 − d) × 0.944 − 50.30 after.
      const c0 = 26.164;
      const c1 = 81 * (1 - d) * 0.944 - 50.3;
      expect(num('B41')).toBeCloseTo(c0, 9);
      expect(num('B42')).toBeCloseTo(c1, 9);
      // Unit break-even: d(1 − f) ÷ (m − d(1 − f)), m = 26.164 ÷ 81.
      const m = c0 / 81;
      expect(num('B44')).toBeCloseTo((d * 0.944) / (m - d * 0.944), 9);
      // All costs: (1000 × (c0 − c1) + 30 × 15 + 3000 + 500) ÷ (1000 × (c1 − 0.1 × c0)) ≈ 61.8 %.
      const breakEven = (1000 * (c0 - c1) + 450 + 3500) / (1000 * (c1 - 0.1 * c0));
      expect(num('B47')).toBeCloseTo(breakEven, 9);
      expect(breakEven).toBeCloseTo(0.6183, 4);
      // Budget at +80 %: 1 800 units × 81 × d = 12 500 of discounts, plus 3 500 fixed.
      expect(num('B48')).toBeCloseTo(12500, 6);
      expect(num('B50')).toBeCloseTo(16000, 6);
      expectCachedAgree(first, value);
      // The owners are the section's steps: six, the first owned by the store manager and the data analyst.
      const owner = value('B54');
      expect(owner).toBe(locale === 'en' ? 'Store manager + Data analyst' : first.cells.get('B54'));
      expect(first.cells.get('A59')).toBeTruthy();
      expect(first.cells.get('A60')).toBeUndefined();
    });
  }

  it('the break-even uplift moves with the inputs: a deeper cut needs more volume', async () => {
    const { first } = await evaluated(promotionWorkbook('en', translator('en'), chapterSource('en', '03-core-strategies')));
    const before = evaluateSheet(first.cells)('B47') as number;
    first.cells.set('B27', 80); // ¥80 off instead of ¥50
    const after = evaluateSheet(first.cells)('B47') as number;
    expect(after).toBeGreaterThan(before);
  });

  it.skipIf(!soffice)('LibreOffice recalculates the same break-even uplift (zh-cn)', async () => {
    const rows = await libreOfficeRows(promotionWorkbook('zh-cn', translator('zh-cn'), chapterSource('zh-cn', '03-core-strategies')));
    expect(lo(rows[37]![1])).toBeCloseTo(25 / 291.6, 9);
    expect(lo(rows[46]![1])).toBeCloseTo(0.618263, 5);
    expect(lo(rows[49]![1])).toBeCloseTo(16000, 6);
  }, 90_000);
});

describe('monthly KPI plan', () => {
  for (const locale of locales) {
    it(`${locale}: each month is its share of ¥3 000 000 and 800 000 visitors, to the fen, adding up to the year`, async () => {
      const { first, value, num } = await evaluated(kpiWorkbook(locale, translator(locale)));
      expect(num('B6')).toBe(800000);
      // Weights 95, 70, 90, 85, 95, 125, 80, 85, 90, 100, 150, 115 (sum 1 180).
      // January: 300 000 000 fen × 95 ÷ 1 180 = 24 152 542.37 → 24 152 542 fen.
      expect(num('E9')).toBeCloseTo(241525.42, 9);
      // April: 21 610 169.49 fen; its remainder .49 is the 4th largest of the 5 fen left over, so it gets one.
      expect(num('E12')).toBeCloseTo(216101.7, 9);
      // February's remainder .17 is not among the five: 17 796 610 fen.
      expect(num('E10')).toBeCloseTo(177966.1, 9);
      // Visitors: October 67 796.61 → 67 796 (remainder not among the top three), March 61 016.95 → 61 017.
      expect(num('F18')).toBe(67796);
      expect(num('F11')).toBe(61017);
      expect(num('E21')).toBeCloseTo(3000000, 6);
      expect(num('F21')).toBe(800000);
      expect(num('D9')).toBeCloseTo(95 / 1180, 12);
      expectCachedAgree(first, value);
    });
  }

  it.skipIf(!soffice)('LibreOffice recalculates the same split (en)', async () => {
    const rows = await libreOfficeRows(kpiWorkbook('en', translator('en')));
    expect(lo(rows[11]![4])).toBeCloseTo(216101.7, 9);
    expect(lo(rows[9]![4])).toBeCloseTo(177966.1, 9);
    expect(lo(rows[17]![5])).toBe(67796);
    expect(lo(rows[20]![4])).toBeCloseTo(3000000, 6);
    expect(lo(rows[20]![5])).toBe(800000);
  }, 90_000);
});

/** A CSV document as rows of cells (quotes undone), for checking what a spreadsheet will read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  return rows;
}

function expectSafeCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  for (const row of parseCsv(text.slice(1))) {
    for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  }
}

describe('campaign checklist, RACI matrix and metric dictionary', () => {
  for (const locale of locales) {
    const t = translator(locale);
    const chapters = chapterFiles(locale).map((f) => ({ chapter: f, source: readFileSync(`content/${locale}/${f}`, 'utf8') }));

    it(`${locale}: the checklist holds every checklist item of every chapter, in order`, () => {
      const text = toCsv(checklistRows(chapters.map((c) => ({ chapter: c.chapter, parts: checklistsOf(c.source) })), t));
      expectSafeCsv(text);
      // Counted another way: the quoted lines between "<Checklist" and "]} />".
      const expected = chapters.flatMap((c) => [...c.source.matchAll(/<Checklist[^\n]*\n([\s\S]*?)\]\} \/>/g)].flatMap((m) => m[1]!.split('\n').filter((l) => l.trim().startsWith('"'))));
      const rows = parseCsv(text.slice(1));
      expect(rows.length - 1).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(150);
      expect(rows[1]![3]).toBe(JSON.parse(expected[0]!.trim().replace(/,$/, '')));
      expect(checklistsOf(chapters[2]!.source).map((c) => c.section)).toEqual(['product', 'pricing-and-promotion', 'channels', 'supply-chain']);
    });

    it(`${locale}: the RACI matrix has one row per step, exactly one A/R in each, under the role named first`, () => {
      const steps = chapters.map((c) => ({ chapter: c.chapter, parts: stepsOf(c.source) }));
      const text = toCsv(raciRows(steps, t));
      expectSafeCsv(text);
      const rows = parseCsv(text.slice(1));
      const header = rows[0]!;
      const stepCount = chapters.reduce((n, c) => n + (c.source.match(/<Step owner=/g) ?? []).length, 0);
      const body = rows.slice(1, 1 + stepCount);
      expect(body).toHaveLength(stepCount);
      for (const [i, row] of body.entries()) {
        expect(row.filter((c) => c === 'A/R'), `step ${i}`).toHaveLength(1);
        const step = steps.flatMap((c) => c.parts)[i]!;
        expect(header[row.indexOf('A/R')]).toBe(step.owners[0]);
      }
    });

    it(`${locale}: the metric dictionary lists every glossary formula`, () => {
      const glossary = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; zh: { term: string; definition: string }; en: { term: string; definition: string }; formula?: { zh: string; en: string } }[];
      const here = locale === 'zh-cn' ? 'zh' : 'en';
      const withFormula = glossary.filter((g) => g.formula);
      const text = toCsv(metricRows(withFormula.map((g) => ({ id: g.id, term: g[here].term, formula: g.formula![here], definition: g[here].definition, url: `https://x/${g.id}` })), t));
      expectSafeCsv(text);
      const rows = parseCsv(text.slice(1));
      expect(rows.length - 1).toBe(withFormula.length);
      const gmv = rows.find((r) => r[0] === 'gmv')!;
      expect(gmv[2]).toBe(locale === 'en' ? 'GMV = unique visitors × conversion rate × average order value' : 'GMV = 访客数 × 转化率 × 客单价');
    });
  }

  it('a hostile text cell is escaped, never run as a formula', () => {
    const text = toCsv(metricRows([{ id: 'x', term: '=HYPERLINK("http://evil")', formula: '-1+1', definition: '@SUM(A1)', url: '+x' }], translator('en')));
    expectSafeCsv(text);
  });

  it('owners: "A + B" names two roles, the second capitalised as when it comes first', () => {
    expect(ownersOf('Team lead + finance')).toEqual(['Team lead', 'Finance']);
    expect(ownersOf('运营＋财务')).toEqual(['运营', '财务']);
    expect(rolesOf([{ section: 's', title: 'S', owners: ['B', 'A'], time: '', task: '' }, { section: 's', title: 'S', owners: ['A'], time: '', task: '' }])).toEqual(['A', 'B']);
  });
});

describe('registry', () => {
  it('six templates, stable file names, each linked from a section that exists in both locales', () => {
    expect(templates.map((t) => t.file)).toEqual(['price-sheet.xlsx', 'promotion-plan.xlsx', 'kpi-plan.xlsx', 'campaign-checklist.csv', 'raci-matrix.csv', 'metric-dictionary.csv']);
    for (const tpl of templates) {
      for (const locale of locales) expect(chapterSource(locale, tpl.home.chapter)).toContain(`{#${tpl.home.section}}`);
      expect(templatesOf(tpl.home.chapter, tpl.home.section)).toContainEqual(tpl);
    }
    expect(sizeInKb(12_345)).toBe(12.1);
    expect(sizeInKb(3)).toBe(0.1);
  });
});

/** A built sheet's cells as the evaluator reads them, without writing a file (for property runs). */
function cellsOf(book: Workbook): Map<string, number | string | null | { formula: string }> {
  const cells = new Map<string, number | string | null | { formula: string }>();
  book.sheets[0]!.rows.forEach((row, r) => row.forEach((cell, c) => {
    const ref = `${columnName(c)}${r + 1}`;
    if (cell === null || typeof cell !== 'object') cells.set(ref, cell);
    else if ('formula' in cell) cells.set(ref, { formula: cell.formula });
    else cells.set(ref, cell.value);
  }));
  return cells;
}

describe('monthly KPI plan, property', () => {
  it('for any target and seasonal weights, the formulas give the KPI module’s split to the fen and to the visitor', () => {
    const t = translator('en');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (gmv, uv, weights) => {
          const g = splitTarget({ total: gmv, weights });
          const u = splitTarget({ total: uv, weights });
          if (!g.ok || !u.ok) return false;
          // The target cell holds major units; the plan's visitors cell is a formula, so set the visitors directly.
          const book = kpiPlan({ gmv, aov: 15000, cvr: 0.025, uv, weights, months: weights.map((_, i) => `M${i + 1}`), shares: g.periodShares, gmvParts: g.periods, uvParts: u.periods }, t);
          const cells = cellsOf(book);
          cells.set('B6', uv);
          const value = evaluateSheet(cells);
          for (let i = 0; i < 12; i++) {
            expect(Math.round((value(`E${9 + i}`) as number) * 100)).toBe(g.periods[i]);
            expect(value(`F${9 + i}`)).toBe(u.periods[i]);
          }
          return true;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
