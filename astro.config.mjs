// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://playbook.example.com',
  trailingSlash: 'always',
  markdown: {
    // `## Title {#section-id}` keeps one anchor per section in both languages.
    processor: satteri({ features: { headingAttributes: true } }),
    // The playbook has no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  integrations: [mdx(), preact()],
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
    environments: { client: { build: { modulePreload: false } } },
  },
});
