/**
 * Index letters for the glossary. A term written with a Latin abbreviation in brackets, such as
 * "成交总额（GMV）" or "Gross merchandise value (GMV)", is filed under the abbreviation in both languages,
 * because that is what readers say and look for. Other English terms go under their first letter; other
 * Chinese terms under the pinyin initial of their first character.
 */

/** First characters of each pinyin initial in pinyin collation order (no words start with I, U or V). */
const PINYIN_BOUNDARIES: readonly (readonly [string, string])[] = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '讥'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/**
 * First characters with several readings where the collation picks a reading other than the one the term
 * uses (曝光 is bào guāng, the collation files 曝 under pù).
 */
const READING_OVERRIDES: Readonly<Record<string, string>> = { 曝: 'B' };

/** Letters used when a term starts with neither a Latin letter nor a Han character. */
export const OTHER_LETTER = '#';

/**
 * The abbreviation a term carries in brackets (ASCII or full-width), if it has one.
 * @example abbreviation('成交总额（GMV）') //=> 'GMV'
 * @example abbreviation('Conversion rate') //=> undefined
 */
export function abbreviation(term: string): string | undefined {
  const match = /[（(]\s*([A-Za-z][A-Za-z0-9&/.+-]*)\s*[）)]\s*$/.exec(term);
  return match?.[1];
}

/** What a term sorts by: its abbreviation when it has one, otherwise the term itself. */
export function sortKey(term: string): string {
  return abbreviation(term) ?? term.trim();
}

export type PinyinCompare = (a: string, b: string) => number;

/**
 * The index letter of a term: `A`–`Z`, or `#`.
 * `comparePinyin` is a pinyin collation (`new Intl.Collator('zh-CN-u-co-pinyin').compare`), passed in so
 * the function stays pure and testable.
 * @example indexLetter('点击率（CTR）', cmp) //=> 'C'
 * @example indexLetter('点击率', cmp) //=> 'D'
 */
export function indexLetter(term: string, comparePinyin: PinyinCompare): string {
  const first = sortKey(term).charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (/\p{Script=Han}/u.test(first)) {
    const override = READING_OVERRIDES[first];
    if (override) return override;
    let letter: string = OTHER_LETTER;
    for (const [candidate, boundary] of PINYIN_BOUNDARIES) {
      if (comparePinyin(first, boundary) >= 0) letter = candidate;
      else break;
    }
    return letter;
  }
  return OTHER_LETTER;
}

export interface IndexGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Sorts items into letter groups, letters in A–Z order with `#` last, items within a letter by sort key.
 * `compare` orders two sort keys (a locale collator's compare).
 */
export function groupByLetter<T>(
  items: readonly T[],
  termOf: (item: T) => string,
  letterOf: (term: string) => string,
  compare: (a: string, b: string) => number,
): IndexGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = letterOf(termOf(item));
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  const order = (l: string) => (l === OTHER_LETTER ? '~' : l);
  return [...groups.entries()]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([letter, list]) => ({
      letter,
      items: [...list].sort((a, b) => compare(sortKey(termOf(a)), sortKey(termOf(b)))),
    }));
}
