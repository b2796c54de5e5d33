import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outline } from '../../src/data/outline';
import { locales } from '../../src/i18n/locales';
import { chapterSchema } from '../../src/schemas/chapter';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { partsOf, requiredParts, sectionSize, splitSections } from '../../src/lib/section-parts';
import { calculators } from '../../src/calculators';

const read = (locale: string, slug: string) => readFileSync(`content/${locale}/${slug}.mdx`, 'utf8');
const frontmatter = (source: string) => chapterSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!));
const glossary = existsSync('content/glossary.yaml')
  ? (parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[]).map((e) => glossaryEntrySchema.parse(e))
  : [];
const glossaryIds = new Set(glossary.map((e) => e.id));

describe('the playbook is complete in both locales', () => {
  for (const locale of locales) {
    it(`${locale} has exactly the outline's chapter files`, () => {
      const files = readdirSync(`content/${locale}`).filter((f) => f.endsWith('.mdx')).sort();
      expect(files).toEqual(outline.map((c) => `${c.slug}.mdx`));
    });
  }

  for (const chapter of outline) {
    describe(chapter.slug, () => {
      for (const locale of locales) {
        it(`${locale}: frontmatter and headings list the outline's sections in order`, () => {
          const source = read(locale, chapter.slug);
          const data = frontmatter(source);
          expect(data.chapter).toBe(Number(chapter.slug.slice(0, 2)));
          expect(data.sections.map((s) => s.id)).toEqual([...chapter.sections]);
          const headings = splitSections(source);
          expect(headings.map((h) => h.id)).toEqual([...chapter.sections]);
          expect(headings.map((h) => h.title)).toEqual(data.sections.map((s) => s.title));
        });

        it(`${locale}: every section has steps with owners and times, a checklist, metrics, an example and pitfalls`, () => {
          for (const section of splitSections(read(locale, chapter.slug))) {
            const parts = partsOf(section.source);
            expect([...requiredParts].filter((p) => !parts.has(p)), `${locale} ${section.id}`).toEqual([]);
            const steps = [...section.source.matchAll(/<Step\s+([^>]*)>/g)].map((m) => m[1]!);
            expect(steps.length, `${locale} ${section.id} steps`).toBeGreaterThanOrEqual(3);
            for (const attrs of steps) {
              expect(attrs, `${locale} ${section.id}`).toMatch(/owner="[^"]+"/);
              expect(attrs, `${locale} ${section.id}`).toMatch(/time="[^"]+"/);
            }
            const checklist = /<Checklist\s+section="([a-z0-9-]+)"/.exec(section.source);
            expect(checklist?.[1], `${locale} ${section.id} checklist section`).toBe(section.id);
            const metrics = (section.source.match(/<Metric\s/g) ?? []).length;
            expect(metrics, `${locale} ${section.id} metrics`).toBeGreaterThanOrEqual(2);
            expect(metrics, `${locale} ${section.id} metrics`).toBeLessThanOrEqual(5);
          }
        });

        it(`${locale}: glossary links point at existing terms`, () => {
          const source = read(locale, chapter.slug);
          const used = [...source.matchAll(/<Term\s+id="([^"]+)"|<Metric\b[^>]*\bterm="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
          for (const id of used) expect(glossaryIds.has(id!), `${locale} ${chapter.slug}: unknown term "${id}"`).toBe(true);
        });
      }

      it('both locales carry the same checklist lengths and metric counts', () => {
        const [en, zh] = locales.map((l) => splitSections(read(l, chapter.slug)));
        en!.forEach((section, i) => {
          const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
          expect(count(zh![i]!.source, /<Metric\s/g), section.id).toBe(count(section.source, /<Metric\s/g));
          expect(count(zh![i]!.source, /<Step\s/g), section.id).toBe(count(section.source, /<Step\s/g));
        });
      });
    });
  }
});

describe('depth: sections a team can act on', () => {
  const sizes = (locale: string) => outline.flatMap((c) => splitSections(read(locale, c.slug)).map((s) => ({ id: s.id, ...sectionSize(s.source) })));

  it('Chinese sections average at least 800 characters and none is under 500', () => {
    const all = sizes('zh-cn');
    const total = (s: { cjk: number; words: number }) => s.cjk + s.words;
    const short = all.filter((s) => total(s) < 500).map((s) => `${s.id}: ${total(s)}`);
    expect(short).toEqual([]);
    expect(all.reduce((a, s) => a + total(s), 0) / all.length).toBeGreaterThanOrEqual(800);
  });

  it('English sections average at least 450 words and none is under 280', () => {
    const all = sizes('en');
    const short = all.filter((s) => s.words < 280).map((s) => `${s.id}: ${s.words}`);
    expect(short).toEqual([]);
    expect(all.reduce((a, s) => a + s.words, 0) / all.length).toBeGreaterThanOrEqual(450);
  });
});

describe('calculators live in their home sections', () => {
  for (const { name, home } of calculators) {
    for (const locale of locales) {
      it(`${name} is placed in ${locale} ${home.chapter}#${home.section}`, () => {
        const section = splitSections(read(locale, home.chapter)).find((s) => s.id === home.section);
        expect(section?.source).toContain(`<Calculator name="${name}" />`);
      });
    }
  }
});

describe('glossary', () => {
  it('has at least 60 terms with unique ids, each in both languages', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
  });
});
