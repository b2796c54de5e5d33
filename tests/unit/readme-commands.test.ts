// The README's two commands are the contract with a newcomer, and CI must run exactly them: if either file
// changes its commands without the other, this fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const ciRun = readFileSync('.ci/run', 'utf8');

/** The commands of the README's "Two commands" block, comments stripped, in order. */
function readmeCommands(text: string): string[] {
  const section = /^## Two commands\s*\n+```sh\n([\s\S]*?)```/m.exec(text);
  if (!section?.[1]) return [];
  return section[1]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The value of a `NAME='…'` assignment in a shell script. */
function assigned(script: string, name: string): string | undefined {
  return new RegExp(`^${name}='([^']*)'$`, 'm').exec(script)?.[1];
}

/** Lines of the script, outside comments and the two assignments, that call npm or npx. */
function otherNpmCalls(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => !/^(START|TEST)_COMMAND=/.test(line))
    .filter((line) => /(^|[\s;&|(])(npm|npx)\s/.test(line));
}

describe('README and CI run the same two commands', () => {
  it('the README lists exactly two commands: install and start, then test', () => {
    expect(readmeCommands(readme)).toEqual(['npm install && npm start', 'npm test']);
  });

  it('.ci/run runs the README commands, as written, and no other npm command', () => {
    const [start, test] = readmeCommands(readme);
    expect(assigned(ciRun, 'START_COMMAND')).toBe(start);
    expect(assigned(ciRun, 'TEST_COMMAND')).toBe(test);
    expect(ciRun).toMatch(/setsid bash -c "\$START_COMMAND"/);
    expect(ciRun).toMatch(/^bash -c "\$TEST_COMMAND"$/m);
    expect(otherNpmCalls(ciRun)).toEqual([]);
  });

  it('the checks above notice a drift (they are not vacuous)', () => {
    const driftedReadme = readme.replace('npm install && npm start', 'npm ci && npm start');
    expect(readmeCommands(driftedReadme)[0]).toBe('npm ci && npm start');
    expect(otherNpmCalls(`${ciRun}\nnpm ci --no-audit\n`)).toEqual(['npm ci --no-audit']);
  });

  it('the start command waits for the pages a reader opens and stops only what it started', () => {
    for (const path of ['/en/', '/zh-cn/', '/pagefind/pagefind.js']) expect(ciRun).toContain(path);
    expect(ciRun).toMatch(/kill -TERM -- "-\$start_pid"/);
  });
});
