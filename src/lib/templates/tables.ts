/**
 * The three templates that are tables of text: the campaign checklist (every chapter's checklist), the RACI
 * matrix (every step against the roles that own steps) and the metric dictionary (the glossary's formulas).
 * Each returns CSV rows for `lib/csv.ts`, which adds the byte-order mark, CRLF and the formula guard.
 */
import type { Translate } from '../../i18n/translate';
import type { CsvCell } from '../csv';
import type { SectionChecklist, SectionStep } from './mdx-parts';

export interface ChapterParts<T> {
  /** "3. Core operating strategies" */
  chapter: string;
  parts: readonly T[];
}

/** One row per checklist item: chapter, section, item, and empty columns for done, owner, date and note. */
export function checklistRows(chapters: readonly ChapterParts<SectionChecklist>[], t: Translate): CsvCell[][] {
  const rows: CsvCell[][] = [[
    t('templates.checklist.chapter'), t('templates.checklist.section'), t('templates.checklist.number'), t('templates.checklist.item'),
    t('templates.checklist.done'), t('templates.checklist.owner'), t('templates.checklist.due'), t('templates.checklist.note'),
  ]];
  for (const c of chapters) {
    for (const list of c.parts) {
      list.items.forEach((item, i) => rows.push([c.chapter, list.title, i + 1, item, '', '', '', '']));
    }
  }
  return rows;
}

/**
 * Every role named as a step owner, the busiest first (ties in order of first appearance), so the columns a
 * team needs most are on the left.
 */
export function rolesOf(steps: readonly SectionStep[]): string[] {
  const count = new Map<string, { n: number; first: number }>();
  steps.forEach((s, i) => s.owners.forEach((o) => {
    const seen = count.get(o);
    count.set(o, seen ? { n: seen.n + 1, first: seen.first } : { n: 1, first: i });
  }));
  return [...count.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([role]) => role);
}

/**
 * The RACI matrix: one row per step, one column per role. The first role a step names is accountable and
 * does the work ("A/R"); the others it names do the work ("R"). Consulted and informed are left for the team
 * to mark: the chapters do not name them.
 */
export function raciRows(chapters: readonly ChapterParts<SectionStep>[], t: Translate): CsvCell[][] {
  const all = chapters.flatMap((c) => c.parts);
  const roles = rolesOf(all);
  const rows: CsvCell[][] = [[t('templates.raci.chapter'), t('templates.raci.section'), t('templates.raci.task'), t('templates.raci.time'), ...roles]];
  for (const c of chapters) {
    for (const step of c.parts) {
      rows.push([c.chapter, step.title, step.task, step.time, ...roles.map((role) => {
        const at = step.owners.indexOf(role);
        return at === 0 ? 'A/R' : at > 0 ? 'R' : '';
      })]);
    }
  }
  rows.push([]);
  rows.push([t('templates.raci.legend')]);
  return rows;
}

export interface MetricEntry {
  id: string;
  term: string;
  formula: string;
  definition: string;
  /** Where the glossary page explains it. */
  url: string;
}

/** One row per glossary entry that has a formula; the formula is text (the guard keeps "=" from running). */
export function metricRows(entries: readonly MetricEntry[], t: Translate): CsvCell[][] {
  return [
    [t('templates.metrics.id'), t('templates.metrics.term'), t('templates.metrics.formula'), t('templates.metrics.definition'), t('templates.metrics.link'), t('templates.metrics.owner'), t('templates.metrics.source')],
    ...entries.map((e): CsvCell[] => [e.id, e.term, e.formula, e.definition, e.url, '', '']),
  ];
}
