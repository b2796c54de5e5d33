// Static estimate of the JavaScript a built page loads before interaction (gzip bytes): inline scripts,
// module scripts, island components and renderers, and everything they import statically.
// Usage: node scripts/page-js.mjs dist/en/calculators/pricing/index.html [--visible-only=pricing]
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

export function pageJs(htmlPath, distDir = 'dist', { islandFilter } = {}) {
  const html = readFileSync(htmlPath, 'utf8');
  const files = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSync(m[1]).length;
  const roots = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  for (const m of html.matchAll(/<astro-island[^>]*>/g)) {
    const tag = m[0];
    if (islandFilter && !islandFilter(tag)) continue;
    for (const attr of ['component-url', 'renderer-url']) {
      const v = new RegExp(`${attr}="([^"]+)"`).exec(tag);
      if (v) roots.push(v[1]);
    }
  }
  const visit = (url) => {
    const file = resolve(distDir, '.' + url.replace(/^.*?\/_astro\//, '/_astro/'));
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(join(dirname(url), m[1]).replace(/\\/g, '/'));
    }
  };
  roots.forEach(visit);
  let external = 0;
  for (const f of files) external += gzipSync(readFileSync(f)).length;
  return { inline, external, total: inline + external, files: [...files].map((f) => f.split('/').pop()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const page of process.argv.slice(2)) {
    const r = pageJs(page);
    console.log(`${page}: ${(r.total / 1024).toFixed(1)} kB (inline ${r.inline} B, files ${r.external} B) ${r.files.join(' ')}`);
  }
}
