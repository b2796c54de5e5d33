import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterSchema } from '../../src/schemas/chapter';

function frontmatter(path: string): unknown {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  return parse(match![1]!);
}

describe('chapter schema', () => {
  it('accepts a well-formed chapter and fills defaults', () => {
    const data = chapterSchema.parse(frontmatter('tests/fixtures/content/en/01-fixture-1.mdx'));
    expect(data.chapter).toBe(1);
    expect(data.updated).toBeInstanceOf(Date);
    expect(data.sections.map((s) => s.id)).toEqual(['first-1', 'second-1']);
  });

  it('rejects the malformed fixture, naming each bad field', () => {
    const result = chapterSchema.safeParse(frontmatter('tests/fixtures/malformed/en/01-broken.mdx'));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('chapter');
    expect(paths).toContain('sections.0.title');
  });

  it('rejects duplicate section ids, non-kebab ids and unknown calculators', () => {
    const base = chapterSchema.parse(frontmatter('tests/fixtures/content/en/01-fixture-1.mdx'));
    const bad = (patch: object) => chapterSchema.safeParse({ ...base, ...patch }).success;
    const keywords = ['one', 'two', 'three', 'four', 'five'];
    expect(bad({ sections: [{ id: 'a', title: 'A', keywords }] })).toBe(true);
    expect(bad({ sections: [{ id: 'a', title: 'A', keywords }, { id: 'a', title: 'B', keywords }] })).toBe(false);
    expect(bad({ sections: [{ id: 'Not Kebab', title: 'A', keywords }] })).toBe(false);
    expect(bad({ calculators: ['mortgage'] })).toBe(false);
  });
});

describe('section keywords', () => {
  const base = chapterSchema.parse(frontmatter('tests/fixtures/content/en/01-fixture-1.mdx'));
  const withKeywords = (keywords: unknown) =>
    chapterSchema.safeParse({ ...base, sections: [{ id: 'a', title: 'A', keywords }] });

  it('rejects a section with fewer than five keywords, naming the field', () => {
    const result = withKeywords(['one', 'two', 'three', 'four']);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('sections.0.keywords');
    expect(withKeywords(undefined).success).toBe(false);
  });

  it('rejects blank and repeated keywords', () => {
    expect(withKeywords(['one', 'two', 'three', 'four', ' ']).success).toBe(false);
    expect(withKeywords(['SEO', 'seo', 'three', 'four', 'five']).success).toBe(false);
    expect(withKeywords(['one', 'two', 'three', 'four', 'five']).success).toBe(true);
  });

  it('every section of every chapter carries at least five keywords', () => {
    const files = ['en', 'zh-cn'].flatMap((locale) =>
      readdirSync(`content/${locale}`)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `content/${locale}/${f}`),
    );
    expect(files.length).toBeGreaterThanOrEqual(16);
    const short: string[] = [];
    for (const file of files) {
      const data = chapterSchema.parse(frontmatter(file));
      for (const s of data.sections) if (s.keywords.length < 5) short.push(`${file}#${s.id}`);
    }
    expect(short).toEqual([]);
  });
});

describe('the build with a malformed chapter', () => {
  it('fails with a message naming the file and the field', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/malformed-build'], {
        env: { ...process.env, PLAYBOOK_CONTENT_DIR: './tests/fixtures/malformed', FORCE_COLOR: '0' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
    }
    expect(output, 'the build should have failed').not.toBe('');
    expect(output).toContain('does not match collection schema');
    expect(output).toContain('01-broken');
    expect(output).toMatch(/chapter: Too big/);
    expect(output).toContain('sections.0.title');
  }, 120_000);
});
