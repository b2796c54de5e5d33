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
  },
  integrations: [mdx(), preact()],
  vite: {
    // No preload helper for dynamic imports: it costs ~0.9 kB gzip on every page that lazy-loads anything.
    environments: { client: { build: { modulePreload: false } } },
  },
});
