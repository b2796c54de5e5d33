import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import * as z from 'zod/mini';
import { decodeJson } from '../lib/codec';

const ticksSchema = z.array(z.number().check(z.int(), z.gte(0), z.lte(99))).check(z.maxLength(100));

const stores = new Map<string, WritableAtom<number[]>>();

/** Ticked item indexes of one section's checklist, kept in this browser (shared by both locales). */
export function checklistStore(section: string): WritableAtom<number[]> {
  let store = stores.get(section);
  if (!store) {
    store = persistentAtom<number[]>(`playbook:checklist:${section}`, [], {
      encode: (value) => JSON.stringify(value),
      decode: (raw) => decodeJson(ticksSchema, raw, []),
    });
    stores.set(section, store);
  }
  return store;
}
