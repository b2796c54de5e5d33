import { describe, expect, it } from 'vitest';
import { localePath, parseEntryId, switchLocalePath, withBase, withoutBase } from '../../src/lib/paths';
import { localeFromUrl } from '../../src/lib/locale-from-url';

describe('paths', () => {
  it('joins base and path at the root and under a sub-path', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/playbook/', '/en/')).toBe('/playbook/en/');
    expect(withBase('/playbook', 'en/')).toBe('/playbook/en/');
  });
  it('removes the base', () => {
    expect(withoutBase('/playbook/', '/playbook/en/x/')).toBe('/en/x/');
    expect(withoutBase('/', '/en/x/')).toBe('/en/x/');
  });
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(localePath('zh-cn', '/calculators/pricing/')).toBe('/zh-cn/calculators/pricing/');
  });
  it('parses entry ids', () => {
    expect(parseEntryId('zh-cn/03-core-strategies')).toEqual({ locale: 'zh-cn', slug: '03-core-strategies' });
  });
  it('switches the locale segment and keeps the rest of the path', () => {
    expect(switchLocalePath('/en/03-core-strategies/', '/', 'zh-cn')).toBe('/zh-cn/03-core-strategies/');
    expect(switchLocalePath('/playbook/zh-cn/glossary/', '/playbook/', 'en')).toBe('/playbook/en/glossary/');
    expect(switchLocalePath('/en/', '/', 'zh-cn')).toBe('/zh-cn/');
  });
  it('reads the locale from a URL and falls back to English', () => {
    expect(localeFromUrl(new URL('https://x.test/playbook/zh-cn/a/'), '/playbook/')).toBe('zh-cn');
    expect(localeFromUrl(new URL('https://x.test/fr/a/'), '/')).toBe('en');
  });
});
