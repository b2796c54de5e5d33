import { useState } from 'preact/hooks';
import { shareUrlFits } from '../../../lib/share-state';
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
    if (!shareUrlFits(url)) {
      // A link the calculator could not read back would be worse than none: say so and offer the CSV.
      setMessage(t('calc.shareTooLong'));
      return;
    }
    // The address bar is left alone: a link in it would bring back this moment's numbers on every reload.
    try {
      await navigator.clipboard.writeText(url);
      setFallback('');
      setMessage(t('calc.shareCopied'));
    } catch {
      setFallback(url);
      setMessage(t('calc.shareFailed'));
    }
  };

  const download = async () => {
    const blob = new Blob([await csv()], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };

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
