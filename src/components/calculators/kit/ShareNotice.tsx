import type { SharedView } from './useSharedState';
import type { T } from '../../../i18n/translate';

/**
 * Says whether a share link's plan is shown (with "keep as my inputs" and "back to my inputs"), was kept, or
 * was refused; nothing when there was no link.
 */
export function ShareNotice({ view, t }: { view: SharedView; t: T }) {
  const { notice } = view;
  if (!notice) return null;
  if (notice === 'shared') {
    return (
      <div class="calc-notice calc-notice--shared" role="region" aria-label={t('calc.sharedTitle')} data-share-notice="shared">
        <p role="status"><strong>{t('calc.sharedTitle')}</strong> {t('calc.sharedView')}</p>
        <div class="calc-notice-actions">
          <button type="button" onClick={view.keep} data-action="shared-keep">{t('calc.sharedKeep')}</button>
          <button type="button" onClick={view.back} data-action="shared-back">{t('calc.sharedBack')}</button>
        </div>
      </div>
    );
  }
  return (
    <p class={`calc-notice calc-notice--${notice}`} role="status" data-share-notice={notice}>
      {t(notice === 'kept' ? 'calc.sharedKept' : 'calc.sharedRejected')}
    </p>
  );
}
