import { z } from 'astro/zod';

const localized = z.object({
  /** The term as readers of this language say it, with its abbreviation where one is used. */
  term: z.string().trim().min(1),
  /** Two to four sentences: what it tells an operator, a typical range or a caution. */
  definition: z.string().trim().min(20),
});

/** One entry of `content/glossary.yaml`; both languages live in the same entry so they cannot drift apart. */
export const glossaryEntrySchema = z.object({
  /** Anchor on the glossary page and the id `<Term id>` links to. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: localized,
  en: localized,
  /** Plain-text formula in each language, where the term has one. */
  formula: z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }).optional(),
  /**
   * Every form the chapters may write the term in (the rate and its amount, say 毛利率 and 毛利). Margin terms
   * must list theirs: the content test rejects a margin phrase in a chapter that no entry names.
   */
  names: z.object({ zh: z.array(z.string().trim().min(1)).min(1), en: z.array(z.string().trim().min(1)).min(1) }).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
