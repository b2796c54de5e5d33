import * as z from 'zod/mini';

/**
 * Parses JSON without throwing: `undefined` for anything that is not valid JSON.
 * @example parseJson('{"a":1}') //=> { a: 1 }
 * @example parseJson('{') //=> undefined
 */
export function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 100_000) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Decodes stored or shared JSON through a schema; anything corrupted or foreign yields `fallback`.
 * @example decodeJson(z.array(z.number()), '[1,2]', []) //=> [1, 2]
 * @example decodeJson(z.array(z.number()), '"oops"', []) //=> []
 */
export function decodeJson<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  const result = schema.safeParse(parseJson(raw));
  return result.success ? result.data : fallback;
}
