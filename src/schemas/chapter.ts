import { z } from 'astro/zod';

/** Section ids are kebab-case and shared by both locales (URLs, anchors and tests rely on them). */
const sectionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as "pricing-and-promotion"');

export const calculatorNames = ['pricing', 'promotion', 'kpi', 'incentive'] as const;
export type CalculatorName = (typeof calculatorNames)[number];

/** Frontmatter of one chapter file, `content/<locale>/NN-slug.mdx`. */
export const chapterSchema = z
  .object({
    /** Chapter title in the file's language. */
    title: z.string().trim().min(1),
    /** One sentence for search results and `<meta name="description">`; at most 200 characters. */
    description: z.string().trim().min(1).max(200),
    /** Position in the playbook, 1–8. */
    chapter: z.number().int().min(1).max(8),
    /** Every `h2` of the body, in order: `## Title {#id}` must match one entry exactly. */
    sections: z
      .array(z.object({ id: sectionId, title: z.string().trim().min(1) }))
      .min(1),
    /** Calculators used or linked in this chapter. Default: none. */
    calculators: z.array(z.enum(calculatorNames)).default([]),
    /** Last substantive edit. */
    updated: z.coerce.date(),
  })
  .refine((data) => new Set(data.sections.map((s) => s.id)).size === data.sections.length, {
    message: 'section ids must be unique within a chapter',
    path: ['sections'],
  });

export type ChapterData = z.infer<typeof chapterSchema>;
