import type * as z from 'zod/mini';
import { parseJson } from './codec';

/** Longer values are refused before decoding: a real state is a few hundred characters. */
export const MAX_LENGTH = 8_000;

export type DecodedState<T> =
  | { status: 'absent' }
  | { status: 'ok'; value: T }
  | { status: 'rejected' };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return undefined;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Encodes a state as URL-safe base64 of its JSON.
 * @example encodeState({ a: 1 }) //=> 'eyJhIjoxfQ'
 */
export function encodeState(state: unknown): string {
  return toBase64Url(JSON.stringify(state));
}

/**
 * Reads and validates a calculator's shared state from the query parameter named after it. Anything hostile — not base64, not JSON,
 * wrong shape, out-of-range numbers, too long — is `rejected`, never thrown and never executed.
 * @example decodeState(schema, '?pricing=eyJhIjoxfQ', 'pricing') //=> { status: 'ok', value: { a: 1 } }
 * @example decodeState(schema, '?pricing=%3Cscript%3E', 'pricing') //=> { status: 'rejected' }
 */
export function decodeState<T>(schema: z.ZodMiniType<T>, search: string, param: string): DecodedState<T> {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(param);
  } catch {
    return { status: 'rejected' };
  }
  if (raw === null) return { status: 'absent' };
  if (raw.length === 0 || raw.length > MAX_LENGTH) return { status: 'rejected' };
  const json = fromBase64Url(raw);
  if (json === undefined) return { status: 'rejected' };
  const result = schema.safeParse(parseJson(json));
  return result.success ? { status: 'ok', value: result.data } : { status: 'rejected' };
}

/**
 * A link to the same page carrying the state in the calculator's own parameter; other query parameters and the hash are kept.
 * @example shareUrl('https://x.test/en/calculators/pricing/#top', 'pricing', { a: 1 }) //=> 'https://x.test/en/calculators/pricing/?pricing=eyJhIjoxfQ#top'
 */
export function shareUrl(href: string, param: string, state: unknown): string {
  const url = new URL(href);
  url.searchParams.set(param, encodeState(state));
  return url.href;
}

/**
 * Whether every parameter of a share link is short enough to be read back by `decodeState`.
 * @example shareUrlFits('https://x.test/?pricing=eyJhIjoxfQ') //=> true
 */
export function shareUrlFits(href: string): boolean {
  try {
    return [...new URL(href).searchParams.values()].every((value) => value.length <= MAX_LENGTH);
  } catch {
    return false;
  }
}

/**
 * The same address without the calculator's parameter: what the address bar shows once a shared view is kept
 * or left. Other parameters and the hash stay; an address that cannot be read is returned as it was.
 * @example withoutParam('https://x.test/p/?pricing=abc&x=1#top', 'pricing') //=> 'https://x.test/p/?x=1#top'
 */
export function withoutParam(href: string, param: string): string {
  try {
    const url = new URL(href);
    url.searchParams.delete(param);
    return url.href;
  } catch {
    return href;
  }
}
