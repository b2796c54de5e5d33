import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/t';
import { locales } from '../../src/i18n/locales';

describe('UI dictionaries', () => {
  const keys = (locale: (typeof locales)[number]) => Object.keys(dictionaries[locale]).sort();

  it('have identical keys in every locale', () => {
    const reference = keys('en');
    for (const locale of locales) expect(keys(locale), locale).toEqual(reference);
  });

  it('have no empty strings', () => {
    for (const locale of locales) {
      for (const [key, value] of Object.entries(dictionaries[locale])) {
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in every locale', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      expect(placeholders(dictionaries['zh-cn'][key]), key).toEqual(placeholders(dictionaries.en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(useTranslations('en')('chapter.label', { number: 3 })).toBe('Chapter 3');
    expect(useTranslations('zh-cn')('chapter.label', { number: 3 })).toBe('第 3 章');
    expect(useTranslations('en')('chapter.label')).toBe('Chapter {number}');
  });
});
