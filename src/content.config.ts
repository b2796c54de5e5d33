import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';

export const collections = {
  /** `content/<locale>/NN-slug.mdx`; the entry id is `<locale>/NN-slug`. Tests may point at a fixture folder. */
  chapters: defineCollection({
    loader: glob({ pattern: '*/[0-9][0-9]-*.mdx', base: process.env.PLAYBOOK_CONTENT_DIR ?? './content' }),
    schema: chapterSchema,
  }),
};
