// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { scrollableTables } from './src/integrations/scrollable-tables.ts';
import { termAnchors } from './src/integrations/term-anchors.ts';
import { sectionEnds } from './src/integrations/section-ends.ts';
import { dropEmptyPreload } from './src/integrations/drop-empty-preload.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { islandModules } from './src/integrations/island-modules.ts';

// SITE and BASE let the same build serve from a domain root or a sub-path (GitHub Pages project sites).
const site = process.env.SITE ?? 'https://playbook.example.com';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    // `## Title {#section-id}` keeps one anchor per section in both languages.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [scrollableTables(), termAnchors(), sectionEnds()] }),
    // The playbook has no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-cn': 'zh-CN' } } }),
    serviceWorker(),
    islandModules(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // No preload helper for dynamic imports: it costs ~0.9 kB gzip on every page that lazy-loads anything.
    // `modulePreload: false` empties the dependency lists; the plugin removes the wrapper left around them.
    environments: { client: { build: { modulePreload: false } } },
    plugins: [dropEmptyPreload()],
  },
});
