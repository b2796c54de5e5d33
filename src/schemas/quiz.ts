import { z } from 'astro/zod';
import { calculatorNames } from './chapter';

const localized = z.object({
  question: z.string().trim().min(1),
  /** The worked answer the reader compares theirs with. */
  answer: z.string().trim().min(20),
});

/** One entry of `content/quizzes.yaml`: the self-check at the end of one chapter, both languages together. */
export const quizSchema = z
  .object({
    /** The chapter slug, `NN-slug`. */
    id: z.string().regex(/^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/),
    questions: z
      .array(
        z.object({
          /** Stable within the chapter: stored answers are keyed by it. */
          id: z.string().regex(/^q\d{1,2}$/),
          /** The section that teaches the answer (an id from the chapter's frontmatter). */
          section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          /** The calculator that works the answer, if one does. */
          calculator: z.enum(calculatorNames).optional(),
          en: localized,
          zh: localized,
        }),
      )
      .min(3)
      .max(5),
  })
  .refine((q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length, {
    message: 'question ids must be unique within a chapter',
    path: ['questions'],
  });
export type Quiz = z.infer<typeof quizSchema>;
