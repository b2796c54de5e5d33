import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { withoutBase } from './paths';

/** The locale of a page, read from the first path segment after `base`. */
export function localeFromUrl(url: URL, base: string): Locale {
  const segment = withoutBase(base, url.pathname).split('/')[1];
  return isLocale(segment) ? segment : defaultLocale;
}
