import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w, height: s.h ?? 900 } });
  const page = await ctx.newPage();
  if (s.theme) await page.addInitScript((t) => localStorage.setItem('playbook:theme', t), s.theme);
  await page.goto('http://localhost:4361' + s.path, { waitUntil: 'networkidle' });
  if (s.sel) { await page.locator(s.sel).first().evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' })); await page.evaluate(() => window.scrollBy(0, -80)); }
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/guard-shots/${s.name}.png` });
  await ctx.close();
}
await browser.close();
