import { useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { decodeState } from '../../../lib/share-state';

export type ShareNotice = 'loaded' | 'rejected' | null;

/**
 * On mount, reads this calculator's state from the page URL. A valid state is handed to `apply`; a hostile
 * or broken one is ignored and reported, so the island can show a notice instead of failing.
 */
export function useSharedState<T>(schema: z.ZodMiniType<T>, param: string, apply: (state: T) => void): ShareNotice {
  const [notice, setNotice] = useState<ShareNotice>(null);
  useEffect(() => {
    const decoded = decodeState(schema, location.search, param);
    if (decoded.status === 'ok') {
      apply(decoded.value);
      setNotice('loaded');
    } else if (decoded.status === 'rejected') {
      setNotice('rejected');
    }
  }, []);
  return notice;
}
