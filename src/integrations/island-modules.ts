import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * After the build, writes on every calculator part (`data-island`, see kit/Island.astro) the bundles it needs
 * (`data-modules`): its own chunk and everything that chunk imports, however deep. The loader asks for them
 * all at once (modulepreload), so a calculator arrives in one round of requests instead of a chain of seven
 * or eight, each waiting for the one before (a phone network's round trip is 150 ms or more).
 */
export function islandModules(): AstroIntegration {
  let siteBase = '/';
  return {
    name: 'playbook:island-modules',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteBase = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        const files = await readdir(assets);
        const hydrator = files.find((f) => /^hydrate-islands\.[\w-]+\.js$/.test(f));
        if (!hydrator) return;
        const code = new Map<string, string>();
        const read = async (file: string) => {
          if (!code.has(file)) code.set(file, await readFile(join(assets, file), 'utf8').catch(() => ''));
          return code.get(file) ?? '';
        };
        // Static imports only (`from"./x.js"`, `import"./x.js"`); dynamic imports (CSV reports) load on use.
        const closure = async (file: string, seen = new Set<string>()): Promise<Set<string>> => {
          if (seen.has(file)) return seen;
          seen.add(file);
          for (const m of (await read(file)).matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) await closure(m[1]!, seen);
          return seen;
        };
        const base = await closure(hydrator);
        const parts = new Map<string, string>();
        for (const m of (await read(hydrator)).matchAll(/"\.\.\/components\/(?:calculators\/)?([\w/-]+)\.tsx":\(\)=>import\(`\.\/([\w.-]+\.js)`\)/g)) {
          parts.set(m[1]!, [...(await closure(m[2]!, new Set(base)))].join(' '));
        }
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const onPage = new Set<string>();
          let out = html.replace(/data-island="([\w/-]+)"( data-wake="([\w-]+)")?/g, (whole, part: string, _w, wake?: string) => {
            const modules = parts.get(part);
            // Saved scenarios are not needed for the first keystroke: they load after it, at idle.
            if (!wake?.endsWith('-scenarios')) for (const file of modules?.split(' ') ?? []) onPage.add(file);
            return modules ? `${whole} data-modules="${modules}"` : whole;
          });
          // A calculator's own page wakes its calculator as soon as the page is idle: its bundles are asked for
          // from the head, beside the stylesheet, rather than after the page's scripts have run.
          if (onPage.size > 0 && out.includes('data-hydrate="idle"')) {
            const links = [...onPage].map((file) => `<link rel="modulepreload" href="${siteBase}_astro/${file}">`).join('');
            out = out.replace('</head>', `${links}</head>`);
          }
          if (out !== html) {
            await writeFile(file, out);
            pages++;
          }
        }
        logger.info(`module lists written into ${pages} pages with calculators`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}
