import { useStore } from '@nanostores/preact';
import type { WritableAtom } from 'nanostores';
import { useMounted } from './useMounted';

export interface StoredForm<T> {
  /** False while server-rendered and hydrating: the island shows the example, so hydration matches the HTML. */
  mounted: boolean;
  /** The example until mounted, then the stored value. */
  value: T;
  /** Merges a patch into the stored value. */
  set: (patch: Partial<T>) => void;
}

/**
 * A calculator's stored inputs as an island reads them: the worked example while hydrating, the stored
 * value once mounted, and a setter that merges a patch. Every calculator's islands use this one hook.
 */
export function useStoredForm<T extends object>(store: WritableAtom<T>, example: T): StoredForm<T> {
  const mounted = useMounted();
  const stored = useStore(store);
  return {
    mounted,
    value: mounted ? stored : example,
    set: (patch) => store.set({ ...store.get(), ...patch }),
  };
}
