/**
 * The calculator registry: every calculator of the playbook, once. Routes, the calculators index, chapter
 * embeds and worked examples, the MDX example tags, search records (the calculator page's intro), the
 * chapter schema and the browser tests all read this list; a unit test fails if a calculator's module or
 * components folder exists without an entry here. Plain data only, so tests and scripts can import it.
 */

export const calculatorNames = ['pricing', 'promotion', 'kpi', 'incentive', 'ltv', 'ads', 'stock'] as const;
export type CalculatorName = (typeof calculatorNames)[number];

export interface CalculatorEntry {
  name: CalculatorName;
  /** Where the playbook explains it (chapter slug, section id and number, per the outline). */
  home: { chapter: string; section: string; number: string };
  /** The query parameter its share links carry its state in. */
  param: string;
  /** The localStorage keys its inputs are kept under (`$assumptions` is shared). */
  storageKeys: readonly string[];
  /** Its islands for one locale, under `src/components/calculators/`. */
  embed: string;
  /** Its worked example computed at build time, under `src/components/calculators/`. */
  example: string;
  /** The tag chapter authors write to show the worked example in MDX. */
  exampleTag: string;
}

export const calculatorRegistry: Record<CalculatorName, CalculatorEntry> = {
  pricing: {
    name: 'pricing',
    home: { chapter: '03-core-strategies', section: 'pricing-and-promotion', number: '3.2' },
    param: 'pricing',
    storageKeys: ['playbook:assumptions', 'playbook:pricing'],
    embed: 'pricing/PricingEmbed.astro',
    example: 'pricing/PricingWorkedExample.astro',
    exampleTag: 'PricingExample',
  },
  promotion: {
    name: 'promotion',
    home: { chapter: '03-core-strategies', section: 'pricing-and-promotion', number: '3.2' },
    param: 'promotion',
    storageKeys: ['playbook:assumptions', 'playbook:promotion'],
    embed: 'promotion/PromotionEmbed.astro',
    example: 'promotion/PromotionWorkedExample.astro',
    exampleTag: 'PromotionExample',
  },
  kpi: {
    name: 'kpi',
    home: { chapter: '06-data-driven', section: 'kpis', number: '6.2' },
    param: 'kpi',
    storageKeys: ['playbook:assumptions', 'playbook:kpi'],
    embed: 'kpi/KpiEmbed.astro',
    example: 'kpi/KpiWorkedExample.astro',
    exampleTag: 'KpiExample',
  },
  incentive: {
    name: 'incentive',
    home: { chapter: '07-team', section: 'incentives', number: '7.3' },
    param: 'incentive',
    storageKeys: ['playbook:assumptions', 'playbook:incentive:commission', 'playbook:incentive:pool'],
    embed: 'incentive/IncentiveEmbed.astro',
    example: 'incentive/IncentiveWorkedExample.astro',
    exampleTag: 'IncentiveExample',
  },
  ltv: {
    name: 'ltv',
    home: { chapter: '06-data-driven', section: 'marketing-optimisation', number: '6.3' },
    param: 'ltv',
    storageKeys: ['playbook:assumptions', 'playbook:ltv'],
    embed: 'ltv/LtvEmbed.astro',
    example: 'ltv/LtvWorkedExample.astro',
    exampleTag: 'LtvExample',
  },
  ads: {
    name: 'ads',
    home: { chapter: '05-marketing', section: 'seo-and-ads', number: '5.3' },
    param: 'ads',
    storageKeys: ['playbook:assumptions', 'playbook:ads'],
    embed: 'ads/AdsEmbed.astro',
    example: 'ads/AdsWorkedExample.astro',
    exampleTag: 'AdsExample',
  },
  stock: {
    name: 'stock',
    home: { chapter: '03-core-strategies', section: 'supply-chain', number: '3.4' },
    param: 'stock',
    storageKeys: ['playbook:stock'],
    embed: 'stock/StockEmbed.astro',
    example: 'stock/StockWorkedExample.astro',
    exampleTag: 'StockExample',
  },
};

/** The entries in the order the calculators index lists them. */
export const calculators: readonly CalculatorEntry[] = calculatorNames.map((name) => calculatorRegistry[name]);

/** A calculator's page, relative to the locale root. */
export const calculatorPath = (name: CalculatorName) => `calculators/${name}`;
