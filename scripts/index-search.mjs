// Builds the Pagefind index for dist/: every page marked data-pagefind-body, plus one record per glossary
// entry and language so each term is its own search result (kind: glossary).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as pagefind from 'pagefind';

const dist = process.argv[2] ?? 'dist';
const contentDir = process.env.PLAYBOOK_CONTENT_DIR ?? './content';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);

let glossary = [];
try {
  glossary = parse(readFileSync(`${contentDir}/glossary.yaml`, 'utf8')) ?? [];
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const locales = [
  { locale: 'en', key: 'en', other: 'zh', language: 'en' },
  { locale: 'zh-cn', key: 'zh', other: 'en', language: 'zh-cn' },
];
let records = 0;
for (const entry of glossary) {
  for (const l of locales) {
    const own = entry[l.key];
    const content = [own.term, entry[l.other].term, own.definition, entry.formula?.[l.key]].filter(Boolean).join('\n');
    const result = await index.addCustomRecord({
      url: `/${l.locale}/glossary/#${entry.id}`,
      content,
      language: l.language,
      meta: { title: own.term },
      filters: { kind: ['glossary'] },
    });
    if (result.errors.length) throw new Error(`pagefind: ${result.errors.join('; ')}`);
    records++;
  }
}

const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: ${added.page_count} pages and ${records} glossary records indexed into ${dist}/pagefind`);
await pagefind.close();
