import type { ShareNotice as Notice } from './useSharedState';
import type { T } from '../../../i18n/translate';

/** Says politely whether a share link's state was loaded or refused; nothing when there was none. */
export function ShareNotice({ notice, t }: { notice: Notice; t: T }) {
  if (!notice) return null;
  return (
    <p class={`calc-notice calc-notice--${notice}`} role="status" data-share-notice={notice}>
      {t(notice === 'loaded' ? 'calc.sharedLoaded' : 'calc.sharedRejected')}
    </p>
  );
}
