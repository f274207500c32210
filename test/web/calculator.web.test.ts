// The plan calculator of examples/web in a real headless Chromium (Debian's `chromium`, driven by
// playwright-core with its executablePath): bundled from the built package as a user would, the
// form filled, the rows read, a bad input's message checked next to its field, and a screenshot
// saved in test-output/web/. Runs after `npm run build` (npm run test:web).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script of the example, without types
import { buildCalculator } from '../../examples/web/build.mjs';

const root = resolve(import.meta.dirname, '../..');
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const output = join(root, 'test-output', 'web');
if (executablePath === undefined && process.env.CI !== undefined) throw new Error('Chromium is missing: .ci/run installs it with apt-get (or set CHROMIUM_PATH).');

describe.skipIf(executablePath === undefined)('examples/web plan calculator in headless Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist', 'plan', 'index.js'))) throw new Error('dist/ is missing: run npm run build first.');
    await (buildCalculator as () => Promise<number>)();
    mkdirSync(output, { recursive: true });
    browser = await chromium.launch({ executablePath: executablePath as string, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(root, 'examples', 'web', 'index.html')).href);
    expect(errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const rows = async (): Promise<string[][]> => page.$$eval('#schedule tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));

  it('builds the schedule the form describes, row by row', async () => {
    await page.fill('#principal', '1000.00');
    await page.fill('#rate', '12');
    await page.fill('#count', '3');
    await page.selectOption('#frequency', 'monthly');
    await page.fill('#agreement', '2026-01-15');
    await page.fill('#first', '2026-02-15');
    await page.click('#calculate');
    expect(await rows()).toEqual([
      ['1', '2026-02-15', '340.02', '330.02', '10.00', '669.98'],
      ['2', '2026-03-15', '340.02', '333.32', '6.70', '336.66'],
      ['3', '2026-04-15', '340.03', '336.66', '3.37', '0.00'],
    ]);
    expect(await page.textContent('#summary')).toContain('3 installments of 340.02 USD');
  });

  it('plans by installment amount as well', async () => {
    await page.check('input[name="by"][value="installmentAmount"]');
    expect(await page.textContent('#count-label')).toBe('Installment amount (USD)');
    await page.fill('#count', '500.00');
    await page.fill('#rate', '0');
    await page.click('#calculate');
    expect((await rows()).map((r) => r[2])).toEqual(['500.00', '500.00']);
    await page.check('input[name="by"][value="installments"]');
    await page.fill('#count', '12');
  });

  it('shows a bad amount in words next to its field, without the field path, and no table', async () => {
    await page.fill('#principal', '1,000.00');
    await page.fill('#rate', '12');
    await page.click('#calculate');
    const message = (await page.textContent('#principal-error')) ?? '';
    expect(message).not.toBe('');
    expect(message).not.toMatch(/^"principal"/);
    expect(message).toMatch(/^[A-Z"]/);
    expect(message).toContain('1,000.00');
    expect(await page.isHidden('#schedule')).toBe(true);
    expect(await page.$eval('[data-field="principal"]', (el) => el.classList.contains('invalid'))).toBe(true);
    expect(await page.textContent('#annualRate-error')).toBe('');
    await page.screenshot({ path: join(output, 'calculator-error.png'), fullPage: true });
  });

  it('clears the message once the amount is fixed, and saves a screenshot of the schedule', async () => {
    await page.fill('#principal', '2400.00');
    await page.fill('#first', '2026-02-15');
    await page.fill('#agreement', '2026-01-15');
    await page.click('#calculate');
    expect(await page.textContent('#principal-error')).toBe('');
    expect(await rows()).toHaveLength(12);
    await page.screenshot({ path: join(output, 'calculator.png'), fullPage: true });
    expect(existsSync(join(output, 'calculator.png'))).toBe(true);
  });
});
