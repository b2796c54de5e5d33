/** The calculator registry is complete: nothing calculator-shaped exists outside it, and all it names exists. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorNames, calculatorRegistry, calculators } from '../../src/calculators';
import { dictionaries } from '../../src/i18n/t';

const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const registered = [...calculatorNames].sort();

describe('calculator registry', () => {
  it('lists every calculator module folder in src/lib/calc (shared is the kit, not a calculator)', () => {
    expect(folders('src/lib/calc').filter((f) => f !== 'shared')).toEqual(registered);
  });

  it('lists every calculator components folder in src/components/calculators (kit is shared)', () => {
    expect(folders('src/components/calculators').filter((f) => f !== 'kit')).toEqual(registered);
  });

  it('has no calculator module file left at the top of src/lib/calc', () => {
    expect(readdirSync('src/lib/calc', { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)).toEqual([]);
  });

  it('names an embed, a worked example and a public module that exist, in the calculator’s own folders', () => {
    for (const c of calculators) {
      expect(c.embed.startsWith(`${c.name}/`), c.name).toBe(true);
      expect(c.example.startsWith(`${c.name}/`), c.name).toBe(true);
      expect(existsSync(`src/components/calculators/${c.embed}`), c.embed).toBe(true);
      expect(existsSync(`src/components/calculators/${c.example}`), c.example).toBe(true);
      expect(existsSync(`src/lib/calc/${c.name}/index.ts`), c.name).toBe(true);
      expect(existsSync(`src/lib/calc/${c.name}/schema.ts`), c.name).toBe(true);
    }
  });

  it('gives every calculator a title and summary in both languages, a unique share parameter and example tag', () => {
    for (const c of calculators) {
      for (const dict of Object.values(dictionaries)) {
        expect(dict[`calculators.${c.name}` as keyof typeof dict], c.name).toBeTruthy();
        expect(dict[`calculators.${c.name}.summary` as keyof typeof dict], c.name).toBeTruthy();
      }
    }
    expect(new Set(calculators.map((c) => c.param)).size).toBe(calculators.length);
    expect(new Set(calculators.map((c) => c.exampleTag)).size).toBe(calculators.length);
  });

  it('knows every storage key a calculator store uses', () => {
    const keys = new Set(calculators.flatMap((c) => c.storageKeys));
    // Calculator stores are named after their calculator (plus the assumptions they share); the reading
    // progress and quiz stores belong to no calculator.
    const calculatorStores = new Set([...calculatorNames, 'assumptions'].map((n) => `${n}.ts`));
    const stores = readdirSync('src/stores').filter((f) => calculatorStores.has(f));
    expect(stores.length).toBe(calculatorNames.length + 1);
    for (const file of stores) {
      for (const [, key] of readFileSync(`src/stores/${file}`, 'utf8').matchAll(/persistentAtom<[^>]*>\(\s*'(playbook:[^']+)'/g)) {
        expect(keys.has(key!), `${file}: ${key}`).toBe(true);
      }
    }
    expect(Object.keys(calculatorRegistry).sort()).toEqual(registered);
  });

  it('keeps each calculator folder to itself: no module or component imports another calculator’s folder', () => {
    for (const root of ['src/lib/calc', 'src/components/calculators']) {
      for (const name of calculatorNames) {
        for (const file of readdirSync(`${root}/${name}`)) {
          const source = readFileSync(`${root}/${name}/${file}`, 'utf8');
          for (const other of calculatorNames.filter((n) => n !== name)) {
            expect(source, `${root}/${name}/${file} imports ${other}`).not.toMatch(new RegExp(`from '[./]*(calc|calculators)/${other}(/|')`));
            expect(source, `${root}/${name}/${file} imports ${other}`).not.toMatch(new RegExp(`from '\\.\\./${other}(/|')`));
          }
        }
      }
    }
  });
});
