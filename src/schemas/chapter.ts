import { z } from 'astro/zod';
import { calculatorNames } from '../calculators';

/** Section ids are kebab-case and shared by both locales (URLs, anchors and tests rely on them). */
const sectionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as "pricing-and-promotion"');

export { calculatorNames, type CalculatorName } from '../calculators';

/** Frontmatter of one chapter file, `content/<locale>/NN-slug.mdx`. */
export const chapterSchema = z
  .object({
    /** Chapter title in the file's language. */
    title: z.string().trim().min(1),
    /** One sentence for search results and `<meta name="description">`; at most 200 characters. */
    description: z.string().trim().min(1).max(200),
    /** Position in the playbook, 1–8. */
    chapter: z.number().int().min(1).max(8),
    /**
     * Every `h2` of the body, in order: `## Title {#id}` must match one entry exactly. `keywords` are what
     * readers type for the section (synonyms, abbreviations, platform words) in the file's language: indexed
     * for search at a strong weight, never shown.
     */
    sections: z
      .array(
        z.object({
          id: sectionId,
          title: z.string().trim().min(1),
          keywords: z
            .array(z.string().trim().min(1).max(40))
            .min(5, 'give at least five keywords readers would type for this section')
            .refine((words) => new Set(words.map((w) => w.toLowerCase())).size === words.length, 'keywords must not repeat'),
        }),
      )
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
