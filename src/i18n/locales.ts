/** The site's locales: URL segment, `<html lang>` value, and the name shown in the language switch. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };
export const localeName: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };
/** Shown in the header on phones; each is part of the full name, so the visible text stays in the link's name. */
export const localeShortName: Record<Locale, string> = { en: 'EN', 'zh-cn': '中文' };
/** Used by `Intl` formatters. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', 'zh-cn': 'zh-CN' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other locale: with two locales every page has exactly one twin. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-cn' : 'en';
}
