/** URL building that works at the site root and under a sub-path (`base`, e.g. `/playbook/`). */

/** Joins `base` and a site path without doubling or dropping slashes. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

/** Removes `base` from the start of a pathname, keeping a leading slash. */
export function withoutBase(base: string, pathname: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  if (head && pathname.startsWith(head)) return pathname.slice(head.length) || '/';
  return pathname;
}

/**
 * Site path of a page in a locale; `rest` is the locale-independent part.
 * @example localePath('zh-cn', 'calculators/pricing') //=> '/zh-cn/calculators/pricing/'
 */
export function localePath(locale: string, rest = ''): string {
  const trimmed = rest.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${locale}/${trimmed}/` : `/${locale}/`;
}

/**
 * Splits a content entry id `<locale>/NN-slug` into its locale and chapter slug.
 * @example parseEntryId('en/03-core-strategies') //=> { locale: 'en', slug: '03-core-strategies' }
 */
export function parseEntryId(id: string): { locale: string; slug: string } {
  const [locale = '', slug = ''] = id.split('/');
  return { locale, slug: slug.replace(/\.mdx?$/, '') };
}

/**
 * The same page in another locale: the first path segment after `base` is the locale.
 * @example switchLocalePath('/playbook/en/glossary/', '/playbook/', 'zh-cn') //=> '/playbook/zh-cn/glossary/'
 */
export function switchLocalePath(pathname: string, base: string, target: string): string {
  const path = withoutBase(base, pathname);
  const rest = path.replace(/^\/[^/]+/, '');
  return withBase(base, `/${target}${rest || '/'}`);
}
