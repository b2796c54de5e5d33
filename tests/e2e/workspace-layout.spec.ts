// The calculator workspace (issue 13, layout): every calculator of the registry, at 360, 768 and 1280 px, in
// both locales and both themes. Nothing in `main` scrolls sideways except inside a `.table-scroll`; no column
// header or button grows past two lines of its text; at 1280 px the result panel stays beside the inputs when
// the last input is in view; under 560 px a row-editing table is one labelled card per row; axe finds nothing;
// and the key result is announced once, politely, after a burst of typing. Each test loops over widths and
// themes, so the count stays at one test per calculator and locale.
import type { Page } from '@playwright/test';
import { test, expect, axe } from './fixtures';
import { calculatorNames } from '../../src/calculators';

const widths = [360, 768, 1280] as const;
const themes = ['light', 'dark'] as const;
const locales = ['en', 'zh-cn'] as const;

/** Opens the page in a theme (the stored choice, read before the page paints) and waits for it to wake. */
async function open(page: Page, path: string, theme: 'light' | 'dark') {
  await page.evaluate((t) => localStorage.setItem('playbook:theme', t), theme);
  await page.goto(path);
  await expect(page.locator('main [data-calculator-island][data-ready="true"]').first()).toBeVisible();
}

/** Elements that stick out of `main` on the right, other than inside a `.table-scroll` (which scrolls itself). */
function overflow(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const right = main.getBoundingClientRect().right;
    const outside = [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.table-scroll, .visually-hidden') && el.getBoundingClientRect().right > right + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right - right)}px`);
    return { scroll: main.scrollWidth - main.clientWidth, page: document.documentElement.scrollWidth - innerWidth, outside };
  });
}

/**
 * Column headers and buttons whose text takes more than two lines. The text is measured, not the cell: a row's
 * cells share its height. Three lines of text stand at least two line-heights plus a glyph tall.
 */
function tallLabels(page: Page) {
  return page.evaluate(() => {
    const px = (v: string) => parseFloat(v) || 0;
    return [...document.querySelectorAll<HTMLElement>('main button, main thead th, main th[scope="col"]')]
      .filter((el) => el.getClientRects().length > 0 && el.offsetHeight > 0 && !el.closest('.visually-hidden') && (el.textContent ?? '').trim())
      .flatMap((el) => {
        const s = getComputedStyle(el);
        const line = s.lineHeight === 'normal' ? px(s.fontSize) * 1.5 : px(s.lineHeight);
        const range = document.createRange();
        range.selectNodeContents(el);
        const height = range.getBoundingClientRect().height;
        return height > 2 * line + 1 ? [`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(height)}px of text > 2 × ${Math.round(line)}px`] : [];
      });
  });
}

/** Row-editing tables (kit/RowTable): whether each draws its rows as cards, with labels, and how wide it is. */
function rowTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main .row-table')]
      .filter((el) => el.offsetWidth > 0 && el.querySelector('tbody tr'))
      .map((el) => {
        const row = el.querySelector('tbody tr')!;
        const labelled = [...row.querySelectorAll('[data-label]')];
        return {
          width: el.clientWidth,
          // A table of many columns turns to cards below about 990 px (62rem) instead of 560 px (35rem).
          under: el.classList.contains('row-table--wide') ? 992 : 560,
          cards: getComputedStyle(row).display === 'block',
          labelsShown: labelled.length > 0 && labelled.every((cell) => getComputedStyle(cell, '::before').content.includes(cell.getAttribute('data-label')!)),
        };
      }),
  );
}

for (const name of calculatorNames) {
  for (const locale of locales) {
    test(`${name} (${locale}): one column then side by side, no sideways scroll, short labels, cards on a phone, axe clean`, async ({ page }) => {
      test.setTimeout(180_000);
      const path = `/${locale}/calculators/${name}/`;
      await page.goto(path);
      for (const theme of themes) {
        for (const width of widths) {
          const at = `${width} px, ${theme}`;
          await page.setViewportSize({ width, height: 800 });
          await open(page, path, theme);

          const o = await overflow(page);
          expect(o.scroll, `main scrolls sideways at ${at}: ${o.outside.join('; ')}`).toBeLessThanOrEqual(0);
          expect(o.page, `the page scrolls sideways at ${at}`).toBeLessThanOrEqual(0);
          expect(o.outside, `sticks out of main at ${at}`).toEqual([]);
          expect(await tallLabels(page), `taller than two lines at ${at}`).toEqual([]);

          for (const table of await rowTables(page)) {
            // Under about 560 px (35rem) a row is a card whose cells show their column's label.
            if (table.width < table.under) expect(table, `row table ${table.width} px wide at ${at}`).toMatchObject({ cards: true, labelsShown: true });
            else expect(table.cards, `row table ${table.width} px wide at ${at}`).toBe(false);
          }
          if (width === 360) expect((await rowTables(page)).every((t) => t.cards), `every row table is cards at ${at}`).toBe(true);

          // The panel and the inputs that drive it.
          const form = page.locator('main .calc-form').first();
          const panel = page.locator('main [data-result-panel]').first();
          if (width === 1280) {
            // As a reader scrolling down meets it: the last input at the bottom of the screen.
            await form.locator('input, select, textarea').last().evaluate((el) => el.scrollIntoView({ block: 'end' }));
            const [f, p] = [(await form.boundingBox())!, (await panel.boundingBox())!];
            expect(p.x, `result panel beside the inputs at ${at}`).toBeGreaterThanOrEqual(f.x + f.width - 1);
            // In view: below the sticky header, no taller than the screen under it (it scrolls inside itself),
            // its first key figure whole on screen.
            const top = (await page.locator('.site-header').boundingBox())!;
            const headerBottom = top.y + top.height;
            expect(p.y, `result panel under the header at ${at}`).toBeGreaterThanOrEqual(headerBottom - 1);
            expect(p.height, `result panel fits the screen at ${at}`).toBeLessThanOrEqual(800 - headerBottom);
            const key = (await panel.locator('.calc-figures > div, .calc-warning').first().boundingBox())!;
            expect(key.y, `first key figure in view at ${at}`).toBeGreaterThanOrEqual(headerBottom - 1);
            expect(key.y + key.height, `first key figure in view at ${at}`).toBeLessThanOrEqual(800);
            expect(await panel.evaluate((el) => getComputedStyle(el).overflowY), `result panel scrolls inside itself at ${at}`).toBe('auto');
          } else {
            // One column: the key figures follow the inputs.
            const [f, p] = [(await form.boundingBox())!, (await panel.boundingBox())!];
            expect(p.y, `result panel right after the inputs at ${at}`).toBeGreaterThanOrEqual(f.y + f.height - 1);
            expect(Math.abs(p.x - f.x), `one column at ${at}`).toBeLessThan(2);
          }

          await page.evaluate(() => scrollTo(0, 0));
          expect(await axe(page, 'main'), `axe at ${at}`).toEqual([]);
        }
      }
    });
  }
}

for (const locale of locales) {
  test(`every calculator announces its new key result once, after the reader stops typing (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const name of calculatorNames) {
      await page.goto(`/${locale}/calculators/${name}/`);
      await expect(page.locator(`[data-calculator-island="${name}"][data-ready="true"]`)).toBeVisible();
      const status = page.locator('[data-result-status]');
      await expect(status).toHaveAttribute('role', 'status');
      // The panel itself is no longer a live region: it would read everything on every keystroke.
      await expect(page.locator('[data-result-panel]')).not.toHaveAttribute('aria-live', /./);
      await status.evaluate((el) => {
        const w = window as unknown as { announced: string[] };
        w.announced = [];
        new MutationObserver(() => w.announced.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
      });
      // Waking up announces nothing.
      await page.waitForTimeout(900);
      expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced), `${name}: nothing before an edit`).toEqual([]);

      const field = page.locator('main .calc-form input[inputmode="decimal"]').first();
      await field.fill('');
      await field.pressSequentially('95', { delay: 120 });
      await page.waitForTimeout(1500);
      const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
      expect(announced, `${name}: one announcement`).toHaveLength(1);
      // One line: the panel's first key figure, label and value, and not the whole panel.
      const first = page.locator('[data-result-panel] .calc-figures > div').first();
      const figure = `${(await first.locator('dt').innerText()).trim()}: ${(await first.locator('dd').innerText()).trim()}`;
      expect(announced[0]!.replace(/\s+/g, ' ')).toContain(figure.replace(/\s+/g, ' '));
      expect(announced[0]!.length).toBeLessThan(400);
    }
  });
}
