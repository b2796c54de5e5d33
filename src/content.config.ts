import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';
import { guardrailSchema } from './schemas/guardrails';
import { quizSchema } from './schemas/quiz';

export const collections = {
  /** `content/<locale>/NN-slug.mdx`; the entry id is `<locale>/NN-slug`. Tests may point at a fixture folder. */
  chapters: defineCollection({
    loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: process.env.PLAYBOOK_CONTENT_DIR ?? './content' }),
    schema: chapterSchema,
  }),
  /** `content/glossary.yaml`: a list of terms, each in both languages. */
  glossary: defineCollection({
    loader: file(`${process.env.PLAYBOOK_CONTENT_DIR ?? './content'}/glossary.yaml`),
    schema: glossaryEntrySchema,
  }),
  /** `content/guardrails.yaml`: legal guardrails, each rule in both languages. */
  guardrails: defineCollection({
    loader: file(`${process.env.PLAYBOOK_CONTENT_DIR ?? './content'}/guardrails.yaml`),
    schema: guardrailSchema,
  }),
  /** `content/quizzes.yaml`: the self-check at the end of each chapter, each question in both languages. */
  quizzes: defineCollection({
    loader: file(`${process.env.PLAYBOOK_CONTENT_DIR ?? './content'}/quizzes.yaml`),
    schema: quizSchema,
  }),
};
