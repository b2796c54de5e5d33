/**
 * The stored text of a calculator's saved scenarios (`lib/scenarios.ts` reads and writes it). Not a persistent
 * atom: the list must know when a write did not reach storage (full or disabled) to say so, where the
 * persistent engine (`safe-storage.ts`) quietly keeps values in memory. A failed write leaves what was stored
 * before as it was.
 */
export type StorageProblem = 'disabled' | 'full' | null;

function storage(): Storage | null {
  try {
    const s = typeof localStorage === 'undefined' ? null : localStorage;
    s?.getItem('playbook:probe');
    return s;
  } catch {
    return null;
  }
}

/** The stored text under `key` (null when none), or that storage cannot be used at all. */
export function readStored(key: string): { raw: string | null; problem: StorageProblem } {
  const s = storage();
  if (!s) return { raw: null, problem: 'disabled' };
  try {
    return { raw: s.getItem(key), problem: null };
  } catch {
    return { raw: null, problem: 'disabled' };
  }
}

/** Writes the text under `key`; says why when it could not. */
export function writeStored(key: string, raw: string): StorageProblem {
  const s = storage();
  if (!s) return 'disabled';
  try {
    s.setItem(key, raw);
    return null;
  } catch {
    return 'full';
  }
}
