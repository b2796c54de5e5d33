import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/**
 * Vite wraps every dynamic `import()` in its preload helper, even when the imported chunk has nothing to
 * preload (`modulePreload: false` empties the list of scripts but keeps the wrapper). The helper is ~0.9 kB
 * gzip that every page would load just to open the search dialog. This plugin unwraps the calls whose target
 * needs no stylesheet, and drops the helper's import from chunks that then no longer use it.
 */
export function dropEmptyPreload(): Plugin {
  return {
    name: 'playbook:drop-empty-preload',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunkAt = (file: string) => {
        const entry = bundle[file];
        return entry?.type === 'chunk' ? entry : undefined;
      };
      // A chunk needs the helper when it, or a chunk it imports, brings CSS.
      const needsCss = (chunk: OutputChunk, seen = new Set<string>()): boolean => {
        if (seen.has(chunk.fileName)) return false;
        seen.add(chunk.fileName);
        const meta = (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata;
        if (meta && meta.importedCss.size > 0) return true;
        return chunk.imports.some((name) => {
          const next = chunkAt(name);
          return next ? needsCss(next, seen) : false;
        });
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const imported = /import\s*\{\s*\w+\s+as\s+([\w$]+)\s*\}\s*from\s*["']\.\/(preload-helper\.[\w-]+\.js)["'];?/.exec(chunk.code);
        if (!imported) continue;
        const helper = imported[1]!.replace(/\$/g, '\\$');
        const call = new RegExp(`(?<![\\w$.])${helper}\\(\\(\\)\\s*=>\\s*(import\\(\`\\./([^\`]+)\`\\))\\s*,\\s*(?:__VITE_PRELOAD__|\\[\\]|void 0)\\s*\\)`, 'g');
        // `const { x } = await import(…)` is wrapped as a whole async arrow; unwrapped, the arrow is called.
        const destructured = new RegExp(
          `(?<![\\w$.])${helper}\\((async\\(\\)\\s*=>\\s*\\{\\s*let\\s*\\{[^}]*\\}\\s*=\\s*await import\\(\`\\./([^\`]+)\`\\);?\\s*return\\s*\\{[^}]*\\};?\\s*\\})\\s*,\\s*(?:__VITE_PRELOAD__|\\[\\]|void 0)\\s*\\)`,
          'g',
        );
        const dir = chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '';
        const unwrap = (whole: string, file: string, unwrapped: string) => {
          const target = chunkAt(dir + file);
          return target && !needsCss(target) ? unwrapped : whole;
        };
        const code = chunk.code
          .replace(call, (whole, dynamicImport: string, file: string) => unwrap(whole, file, dynamicImport))
          .replace(destructured, (whole, arrow: string, file: string) => unwrap(whole, file, `(${arrow})()`));
        if (code === chunk.code) continue;
        // Every call Vite made still carries its placeholder; with none left, the helper is unused.
        if (code.includes('__VITE_PRELOAD__')) {
          chunk.code = code;
          continue;
        }
        chunk.code = code.replace(imported[0], '');
        chunk.imports = chunk.imports.filter((name) => !name.endsWith(imported[2]!));
      }
    },
  };
}
