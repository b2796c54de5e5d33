/** Reading speeds used across the site: Chinese characters and English words per minute. */
export const CJK_CHARS_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 220;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’.,%/-]*/g;

/**
 * Strips MDX syntax that is not read aloud: frontmatter, tag names and braces, heading anchors.
 * Attribute values stay, since components print them (step owners, checklist items).
 */
export function mdxToReadableText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/\{#[a-z0-9-]+\}/g, ' ')
    .replace(/<\/?[A-Za-z][\w.]*|\/?>/g, ' ')
    .replace(/\b[a-zA-Z]+=(?=["{])/g, ' ')
    .replace(/[#*_`>{}[\]|]/g, ' ');
}

/**
 * Counts what a reader reads: CJK characters plus Latin words.
 * @example countText('GMV 增长了 20%') //=> { cjk: 3, words: 2 }
 */
export function countText(text: string): { cjk: number; words: number } {
  const cjk = (text.match(CJK) ?? []).length;
  const words = (text.replace(CJK, ' ').match(LATIN_WORD) ?? []).length;
  return { cjk, words };
}

/**
 * Whole minutes to read a text, at least 1.
 * @example readingMinutes('word '.repeat(440)) //=> 2
 */
export function readingMinutes(text: string): number {
  const { cjk, words } = countText(text);
  const minutes = cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
