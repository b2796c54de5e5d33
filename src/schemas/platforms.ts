/**
 * Schema of `content/platforms.json`, the one place platform facts live (fees, deposits, settlement, returns,
 * ad tools, campaign calendar). It uses `zod/mini` because calculator islands may import the loader.
 */
import * as z from 'zod/mini';

const text = z.string().check(z.trim(), z.minLength(1));

/** The same words in both languages. */
export const bilingualSchema = z.object({ zh: text, en: text });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Year and month a figure was last checked against its source, e.g. `2025-06`. */
export const asOfSchema = z.string().check(z.regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'use YYYY-MM, e.g. "2025-06"'));

/** A decimal rate between 0 and 1 (0.006 is 0.6 %). */
const rateSchema = z.number().check(z.gte(0), z.lte(1));

/** Platform ids, the same in URLs, anchors, tests and calculator presets. */
export const platformIds = ['tmall', 'jd', 'douyin', 'pinduoduo', 'amazon', 'shopify'] as const;
export type PlatformId = (typeof platformIds)[number];

/**
 * How far a figure can be trusted. `sourced`: stated by the named rule or page at the `asOf` date.
 * `see-rule`: the text describes how the fee works, without a figure; read the platform's current rule.
 */
export const factStatuses = ['sourced', 'see-rule'] as const;

const factShape = {
  /** What the reader needs to know, in a sentence or two per language. */
  text: bilingualSchema,
  status: z.enum(factStatuses),
  /** Machine-readable rate where the source states one (only on `sourced` rows). */
  rate: z.optional(rateSchema),
  /** The rule, page or law the row comes from. */
  source: bilingualSchema,
  asOf: asOfSchema,
};
const rateNeedsSource = z.refine<{ rate?: number | undefined; status: string }>((f) => f.rate === undefined || f.status === 'sourced', {
  message: 'a rate needs status "sourced"; otherwise write "see the platform\'s current rule" in the text',
  path: ['rate'],
});

/** One row of the reference: what it says, where it comes from and when it was checked. */
export const factSchema = z.object(factShape).check(rateNeedsSource);
export type Fact = z.infer<typeof factSchema>;

/** Commission in one category of goods. */
export const commissionRowSchema = z.object({ ...factShape, category: bilingualSchema }).check(rateNeedsSource);
export type CommissionRow = z.infer<typeof commissionRowSchema>;

/** A paid-traffic tool: its name in each language and what it buys. */
export const adToolSchema = z.object({ name: bilingualSchema, note: bilingualSchema });

/**
 * The rates the calculators start from for this platform. They are planning assumptions for the worked
 * examples; the page says so, and where the platform's payment fee is sourced the two must agree.
 */
export const calculatorPresetSchema = z.object({
  commissionRate: rateSchema,
  paymentFeeRate: rateSchema,
});

export const platformSchema = z
  .object({
    id: z.enum(platformIds),
    name: bilingualSchema,
    /** Where it sells: "China", "United States and other Amazon stores", … */
    market: bilingualSchema,
    commission: z.array(commissionRowSchema).check(z.minLength(1), z.maxLength(5)),
    paymentFee: factSchema,
    deposit: factSchema,
    settlement: factSchema,
    returns: factSchema,
    /** Why the calculators start from this platform's rates (`content/calculator-presets.json`), and what to replace them with. */
    calculatorNote: bilingualSchema,
    ads: z.object({
      tools: z.array(adToolSchema).check(z.minLength(1)),
      source: bilingualSchema,
      asOf: asOfSchema,
    }),
  });
export type Platform = z.infer<typeof platformSchema>;

/** One event of the promotion calendar. */
export const campaignSchema = z
  .object({
  ...factShape,
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: bilingualSchema,
  /** When it runs, in words: the anchor date and the usual window. */
  when: bilingualSchema,
  platforms: z.array(z.enum(platformIds)).check(z.minLength(1)),
  })
  .check(rateNeedsSource);
export type Campaign = z.infer<typeof campaignSchema>;

export const platformReferenceSchema = z
  .object({
    platforms: z.array(platformSchema),
    calendar: z.array(campaignSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((r) => platformIds.every((id) => r.platforms.filter((p) => p.id === id).length === 1), {
      message: `every platform appears exactly once: ${platformIds.join(', ')}`,
      path: ['platforms'],
    }),
    z.refine((r) => new Set(r.calendar.map((c) => c.id)).size === r.calendar.length, {
      message: 'campaign ids must be unique',
      path: ['calendar'],
    }),
  );
export type PlatformReference = z.infer<typeof platformReferenceSchema>;

/**
 * `content/calculator-presets.json`: the rates each calculator starts from, per platform. A file of its own,
 * a few hundred bytes, because the calculators' browser code imports it whole; the reference stays on the
 * server. `presetConflicts` checks it against the reference's sourced fees.
 */
export const calculatorPresetsSchema = z.record(z.enum(platformIds), calculatorPresetSchema);
export type CalculatorPresets = z.infer<typeof calculatorPresetsSchema>;

/**
 * Where a preset's payment fee differs from the sourced payment fee of its platform, as `platform: message`.
 * @example presetConflicts(reference, { ...presets, tmall: { commissionRate: 0.05, paymentFeeRate: 0.029 } })
 * //=> ['tmall: paymentFeeRate 0.029 is not the sourced payment fee 0.006']
 */
export function presetConflicts(reference: PlatformReference, presets: CalculatorPresets): string[] {
  const conflicts: string[] = [];
  for (const p of reference.platforms) {
    const rate = p.paymentFee.rate;
    const preset = presets[p.id];
    if (rate !== undefined && preset.paymentFeeRate !== rate) {
      conflicts.push(`${p.id}: paymentFeeRate ${preset.paymentFeeRate} is not the sourced payment fee ${rate}`);
    }
  }
  return conflicts;
}
