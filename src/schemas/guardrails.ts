import { z } from 'astro/zod';

/** Where a rule applies. The page groups rules by their first jurisdiction. */
export const jurisdictions = ['cn', 'us', 'eu', 'uk'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

const text = z.string().trim().min(1);

/** A rule as readers of one language read it. */
const ruleText = z.object({
  /** Short name: the law or rule and what it is about. */
  title: text,
  /** One sentence for the callouts in chapters; at most 160 characters. */
  summary: text.max(160),
  /** What the rule forbids or requires, concretely enough to act on. */
  forbids: z.string().trim().min(60),
  /** A realistic example that breaks the rule. */
  wrong: z.string().trim().min(20),
  /** The same situation handled within the rule. */
  right: z.string().trim().min(20),
  /** Who enforces it outside the company, and who checks it inside. */
  checks: z.string().trim().min(20),
});

/** One entry of `content/guardrails.yaml`; both languages in one entry so the ids cannot drift apart. */
export const guardrailSchema = z.object({
  /** Anchor on the guardrails page and the id `<Guardrail id>` links to. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  jurisdictions: z.array(z.enum(jurisdictions)).min(1),
  /** The law, regulation or guidance, named in each language. */
  source: z.object({ zh: text, en: text }),
  /** Date of the version relied on (issued, in force or last amended): YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
  /** When this entry was last checked against the source, YYYY-MM. */
  reviewed: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/),
  zh: ruleText,
  en: ruleText,
});
export type Guardrail = z.infer<typeof guardrailSchema>;

export const guardrailsSchema = z
  .array(guardrailSchema)
  .min(1)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, { message: 'guardrail ids must be unique' });
