import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the `astro-island { display: contents }` rule as a `<style>` inside `<body>`, where HTML does
 * not allow it. After the build this moves it into `<head>`; its CSP hash stays valid (same content).
 */
export function hoistIslandStyle(): AstroIntegration {
  return {
    name: 'playbook:hoist-island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const bodyAt = html.indexOf('<body');
          const match = /<style>astro-island,[^<]*<\/style>/.exec(html.slice(bodyAt));
          if (bodyAt < 0 || !match) continue;
          const style = match[0];
          const body = html.slice(bodyAt).replace(style, '');
          await writeFile(file, html.slice(0, bodyAt).replace('</head>', `${style}</head>`) + body);
        }
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))),
  );
  return nested.flat();
}
