import { useState } from 'preact/hooks';
import { copyShareLink } from './copy-link';
import { downloadText } from './download';
import type { T } from '../../../i18n/translate';

interface Props {
  t: T;
  /** Builds the share link for the current inputs. */
  shareUrl: () => string;
  /** Builds the CSV document for the current inputs and results (may load its code on demand). */
  csv: () => string | Promise<string>;
  filename: string;
  onReset: () => void;
}

/** Copy link, CSV download, print and reset: the same four actions on every calculator. */
export function CalculatorActions({ t, shareUrl, csv, filename, onReset }: Props) {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState('');

  const copy = async () => {
    const url = shareUrl();
    // The address bar is left alone: a link in it would bring back this moment's numbers on every reload.
    const result = await copyShareLink(url);
    // Too long: say so and offer the CSV.
    setFallback(result === 'failed' ? url : '');
    setMessage(t(result === 'copied' ? 'calc.shareCopied' : result === 'failed' ? 'calc.shareFailed' : 'calc.shareTooLong'));
  };

  const download = async () => downloadText(filename, await csv(), 'text/csv;charset=utf-8');

  return (
    <div class="calc-actions no-print">
      <button type="button" onClick={() => void copy()} data-action="share">{t('calc.share')}</button>
      <button type="button" onClick={() => void download()} data-action="csv">{t('calc.csv')}</button>
      <button type="button" onClick={() => window.print()} data-action="print">{t('calc.print')}</button>
      <button type="button" onClick={onReset} data-action="reset">{t('calc.reset')}</button>
      <p class="calc-actions-status" role="status">{message}</p>
      {fallback && (
        <input type="text" class="calc-actions-link" readOnly value={fallback} aria-label={t('calc.shareLink')}
          onFocus={(e) => e.currentTarget.select()} data-share-link />
      )}
    </div>
  );
}
