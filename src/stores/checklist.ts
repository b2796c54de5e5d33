import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { parseTicks, serialiseTicks } from '../lib/ticks';

const stores = new Map<string, WritableAtom<number[]>>();

/** Ticked item indexes of one section's checklist, kept in this browser (shared by both locales). */
export function checklistStore(section: string): WritableAtom<number[]> {
  let store = stores.get(section);
  if (!store) {
    store = persistentAtom<number[]>(`playbook:checklist:${section}`, [], { encode: serialiseTicks, decode: parseTicks });
    stores.set(section, store);
  }
  return store;
}
