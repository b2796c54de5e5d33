import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';

/**
 * Builds the service worker (src/sw/sw.ts, with the Workbox modules it uses) into `sw.js` at the root of the
 * output, one classic script so every browser with service workers runs it. The list of files it keeps for
 * "keep the whole playbook offline" (`offline.json`) is written after the search index exists, by
 * scripts/index-search.mjs.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'playbook:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await build({
          configFile: false,
          logLevel: 'warn',
          // Workbox logs in development builds only; this makes it the production build.
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir: fileURLToPath(dir),
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            lib: { entry: fileURLToPath(new URL('../sw/sw.ts', import.meta.url)), formats: ['iife'], name: 'playbookWorker', fileName: () => 'sw.js' },
          },
        });
        logger.info('sw.js written');
      },
    },
  };
}
