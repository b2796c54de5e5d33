import { useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { decodeState, withoutParam } from '../../../lib/share-state';
import { calculators } from '../../../calculators';
import { closeSharedView, onSharedViewWrite, openSharedView } from '../../../stores/safe-storage';

/** `shared`: a link's plan is shown and the reader's own inputs are untouched; `kept`: it became their inputs. */
export type ShareNotice = 'shared' | 'kept' | 'rejected' | null;

export interface SharedView {
  notice: ShareNotice;
  /** Makes the shared plan (with any edits) the reader's stored inputs and cleans the address bar. */
  keep: () => void;
  /** Drops the shared plan from the address bar and shows the reader's own inputs again. */
  back: () => void;
}

function replaceAddress(href: string): void {
  try {
    history.replaceState(history.state, '', href);
  } catch {
    /* some embedded browsers refuse; the view still changes */
  }
}

/**
 * On mount, reads this calculator's state from the page URL. A valid state opens a shared view: `apply` writes it
 * to the calculator's stores, which keep it (and later edits) in memory, never in the reader's stored inputs,
 * and each edit is written back into the address (`link`), so a reload shows the edits, not the old link. A
 * hostile or broken state is ignored and reported, so the island can show a notice instead of failing.
 */
export function useSharedState<T>(schema: z.ZodMiniType<T>, param: string, apply: (state: T) => void, link: () => string): SharedView {
  const [notice, setNotice] = useState<ShareNotice>(null);
  useEffect(() => {
    const decoded = decodeState(schema, location.search, param);
    if (decoded.status === 'ok') {
      openSharedView(calculators.find((c) => c.param === param)?.storageKeys ?? []);
      apply(decoded.value);
      onSharedViewWrite(() => replaceAddress(link()));
      setNotice('shared');
    } else if (decoded.status === 'rejected') {
      setNotice('rejected');
    }
  }, []);
  const leave = (keep: boolean) => {
    closeSharedView(keep);
    replaceAddress(withoutParam(location.href, param));
    setNotice(keep ? 'kept' : null);
  };
  return { notice, keep: () => leave(true), back: () => leave(false) };
}
