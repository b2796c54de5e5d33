/**
 * The working templates: each one's id, file format, file name (the same in both locales, so links stay
 * stable) and the section that explains it (where a link to it appears at the end of the section).
 */
export const templateIds = ['price-sheet', 'promotion-plan', 'kpi-plan', 'campaign-checklist', 'raci', 'metric-dictionary'] as const;
export type TemplateId = (typeof templateIds)[number];
export type TemplateFormat = 'xlsx' | 'csv';

export interface TemplateInfo {
  id: TemplateId;
  format: TemplateFormat;
  /** File name under `/<locale>/templates/`. */
  file: string;
  /** The chapter slug and section id that explain what the template is for. */
  home: { chapter: string; section: string };
}

export const templates: readonly TemplateInfo[] = [
  { id: 'price-sheet', format: 'xlsx', file: 'price-sheet.xlsx', home: { chapter: '03-core-strategies', section: 'pricing-and-promotion' } },
  { id: 'promotion-plan', format: 'xlsx', file: 'promotion-plan.xlsx', home: { chapter: '03-core-strategies', section: 'pricing-and-promotion' } },
  { id: 'kpi-plan', format: 'xlsx', file: 'kpi-plan.xlsx', home: { chapter: '06-data-driven', section: 'kpis' } },
  { id: 'campaign-checklist', format: 'csv', file: 'campaign-checklist.csv', home: { chapter: '01-introduction', section: 'goals-and-structure' } },
  { id: 'raci', format: 'csv', file: 'raci-matrix.csv', home: { chapter: '07-team', section: 'roles-and-collaboration' } },
  { id: 'metric-dictionary', format: 'csv', file: 'metric-dictionary.csv', home: { chapter: '06-data-driven', section: 'why-data' } },
];

/**
 * A template file's path under a locale's templates page (a file, so no trailing slash).
 * @example templatePath('/en/templates/', 'price-sheet.xlsx') //=> '/en/templates/price-sheet.xlsx'
 */
export function templatePath(templatesPage: string, file: string): string {
  return `${templatesPage.replace(/\/?$/, '/')}${file}`;
}

/** The templates a section links to at its end. */
export function templatesOf(chapter: string, section: string): TemplateInfo[] {
  return templates.filter((t) => t.home.chapter === chapter && t.home.section === section);
}

/**
 * A file size as the templates page shows it: kilobytes with one decimal, at least 0.1.
 * @example sizeInKb(12_345) //=> 12.1
 */
export function sizeInKb(bytes: number): number {
  return Math.max(0.1, Math.round((bytes / 1024) * 10) / 10);
}
