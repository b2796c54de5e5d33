import { getCollection, type CollectionEntry } from 'astro:content';

export type QuizEntry = CollectionEntry<'quizzes'>['data'];

/** The self-check of one chapter, if it has one. */
export async function getQuiz(chapterSlug: string): Promise<QuizEntry | undefined> {
  return (await getCollection('quizzes')).find((q) => q.data.id === chapterSlug)?.data;
}
