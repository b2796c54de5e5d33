// `npm install` on a fresh clone must leave package-lock.json as committed, with npm 10 and npm 11 alike,
// and a stricter npm must still run the install scripts the project needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  hasInstallScript?: boolean;
  libc?: string[];
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
};

describe('package-lock.json', () => {
  it('matches package.json', () => {
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(pkg.dependencies);
    expect(root?.devDependencies).toEqual(pkg.devDependencies);
  });

  it('has no "libc" fields: npm 10 drops them and npm 11 adds them only when it writes a lockfile anew', () => {
    // Without them both majors read the file and leave it unchanged. After adding a package with npm 11,
    // remove the fields (or run `npx npm@10 install`) before committing.
    const withLibc = Object.entries(lock.packages).filter(([, entry]) => entry.libc).map(([path]) => path);
    expect(withLibc).toEqual([]);
  });

  it('approves, in allowScripts, every dependency that has an install script', () => {
    const needing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .sort();
    expect(needing).toEqual(['esbuild', 'node']);
    for (const name of needing) expect(pkg.allowScripts?.[name]).toBe(true);
  });
});
