import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/**
 * A storage engine for persistent stores that never throws: when localStorage is disabled, full or
 * missing, values live in memory for the visit and the page keeps working.
 */
function createSafeEngine(): Record<string, string> {
  const memory = new Map<string, string>();
  let storage: Storage | undefined;
  try {
    storage = typeof localStorage === 'undefined' ? undefined : localStorage;
    storage?.getItem('playbook:probe');
  } catch {
    storage = undefined;
  }
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string') return true;
      try {
        storage?.setItem(key, String(value));
        memory.delete(key);
      } catch {
        memory.set(key, String(value));
      }
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing stored to remove */
      }
      return true;
    },
  });
}

if (typeof window !== 'undefined') setPersistentEngine(createSafeEngine(), windowPersistentEvents);
