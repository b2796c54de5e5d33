// Fuzzes every calculator's URL decoder and storage decoder in the browser: at least 100 hostile values
// each, loaded as a share link and as stored state at once. Nothing may run, throw or show NaN.
import fc from 'fast-check';
import { test, expect } from './fixtures';
import { calculators } from './calculator-fuzz-targets';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Hostile texts built from a valid state: the same shape with one field poisoned, or broken outright. */
function hostileTexts(valid: unknown, seed: number): string[] {
  const json = JSON.stringify(valid);
  const poisons = ['1e309', '-1', '"<script>window.__pwned=1</script>"', 'null', '{"__proto__":{"polluted":1}}', '[]', 'true', '"∞"', '9007199254740993', '-0.5'];
  const fields = [...json.matchAll(/:(?:-?\d+(?:\.\d+)?|"[^"]*")/g)].map((m) => m.index!);
  const texts: string[] = [];
  // 40 poisoned copies, cycling through the fields (small states repeat fields with other poisons).
  for (let i = 0; i < 40 && fields.length > 0; i++) {
    const at = fields[i % fields.length]!;
    const end = json.slice(at + 1).search(/[,}\]]/) + at + 1;
    texts.push(`${json.slice(0, at + 1)}${poisons[(i + Math.floor(i / fields.length)) % poisons.length]}${json.slice(end)}`);
  }
  texts.push(
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    json.replace('{', '{"__proto__":{"polluted":1},'),
    PAYLOAD,
    'javascript:alert(1)',
    json.slice(0, 20),
    json.slice(0, -3),
    '['.repeat(400) + ']'.repeat(400),
    'A'.repeat(5000),
    '',
  );
  for (const v of fc.sample(fc.jsonValue(), { seed, numRuns: 30 })) texts.push(JSON.stringify(v));
  for (const v of fc.sample(fc.string({ maxLength: 60 }), { seed: seed + 1, numRuns: 30 })) texts.push(v);
  return texts;
}

for (const calc of calculators) {
  const values = hostileTexts(calc.valid, calc.seed);
  const groups = 4;
  test(`${calc.name}: the fuzz set has at least 100 hostile values`, () => {
    expect(values.length).toBeGreaterThanOrEqual(100);
  });
  for (let g = 0; g < groups; g++) {
    test(`${calc.name}: hostile share links and stored state (part ${g + 1} of ${groups})`, async ({ page }) => {
      test.setTimeout(120_000);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const mine = values.filter((_, i) => i % groups === g);
      for (const [i, value] of mine.entries()) {
        await page.evaluate(
          ({ keys, raw }) => {
            for (const key of keys) localStorage.setItem(key, raw);
          },
          { keys: calc.storageKeys, raw: value },
        ).catch(() => undefined);
        // Alternate between the share-link encoding and raw text in the parameter.
        const param = i % 2 === 0 ? b64(value) : encodeURIComponent(value);
        await page.goto(`${calc.path}?${calc.param}=${param}`);
        await expect(page.locator(`[data-calculator-island="${calc.name}"][data-ready="true"]`)).toBeAttached();
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          polluted: ({} as Record<string, unknown>).polluted,
          text: [...document.querySelectorAll('[data-result], [data-result-panel], .calc-figures')].map((e) => (e as HTMLElement).innerText).join(' '),
        }));
        expect(state.pwned, value.slice(0, 80)).toBeUndefined();
        expect(state.polluted, value.slice(0, 80)).toBeUndefined();
        expect(state.text, value.slice(0, 80)).not.toMatch(/\bNaN\b|Infinity|undefined/);
      }
      expect(dialogs).toBe(0);
    });
  }
}
