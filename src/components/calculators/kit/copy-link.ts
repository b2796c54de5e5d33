import { shareUrlFits } from '../../../lib/share-state';

/** What became of a share link: on the clipboard, refused by the browser, or too long to be read back. */
export type CopyResult = 'copied' | 'failed' | 'too-long';

/**
 * Puts a share link on the clipboard. A link the calculator could not read back would be worse than none, so
 * a too long one is not copied.
 */
export async function copyShareLink(url: string): Promise<CopyResult> {
  if (!shareUrlFits(url)) return 'too-long';
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
