import { setPersistentEngine, windowPersistentEvents, type PersistentEvents, type PersistentListener } from '@nanostores/persistent';

/**
 * A storage engine for persistent stores that never throws: when localStorage is disabled, full or
 * missing, values live in memory for the visit and the page keeps working.
 */
/**
 * Keys held in memory while a shared view is open (see `openSharedView`): the shared plan and edits to it are
 * written here, so the reader's own stored inputs stay as they were until they keep the plan.
 */
const shadowed = new Set<string>();
const shadow = new Map<string, string>();
let onShadowWrite: (() => void) | undefined;

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
    if (shadow.has(key)) return shadow.get(key);
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
      if (shadowed.has(key)) {
        shadow.set(key, String(value));
        onShadowWrite?.();
        return true;
      }
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
      if (shadowed.has(key)) {
        shadow.delete(key);
        return true;
      }
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

type Listener = PersistentListener;
const guarded = new WeakMap<Listener, Listener>();
/** Storage events from other tabs, except for keys a shared view holds: the plan on screen is not replaced under the reader. */
const events: PersistentEvents = {
  addEventListener(key: string, listener: Listener, restore: () => void) {
    const guard: Listener = (event) => {
      // Window storage events carry a null key when storage is cleared.
      if (typeof event.key !== 'string' || !shadowed.has(event.key)) listener(event);
    };
    guarded.set(listener, guard);
    windowPersistentEvents.addEventListener(key, guard, restore);
  },
  removeEventListener(key: string, listener: Listener, restore: () => void) {
    windowPersistentEvents.removeEventListener(key, guarded.get(listener) ?? listener, restore);
    guarded.delete(listener);
  },
};

const engine = typeof window !== 'undefined' ? createSafeEngine() : undefined;
if (engine) setPersistentEngine(engine, events);

/**
 * Starts a shared view over these storage keys: from now on their stores read and write memory, not the
 * reader's stored inputs.
 */
export function openSharedView(keys: readonly string[]): void {
  for (const key of keys) shadowed.add(key);
}

/** Runs `onWrite` (once the store holds its new value) whenever a store of the open shared view changes. */
export function onSharedViewWrite(onWrite: () => void): void {
  onShadowWrite = () => queueMicrotask(onWrite);
}

/**
 * Ends the shared view. With `keep`, what it shows becomes the reader's stored inputs; without, the stores
 * go back to the reader's own stored inputs (persistent stores re-read storage on `pageshow`).
 */
export function closeSharedView(keep: boolean): void {
  const values = [...shadow];
  shadowed.clear();
  shadow.clear();
  onShadowWrite = undefined;
  if (!engine) return;
  if (keep) for (const [key, value] of values) engine[key] = value;
  else window.dispatchEvent(new Event('pageshow'));
}
