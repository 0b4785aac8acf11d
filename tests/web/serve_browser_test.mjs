// Browser test of `lexkz serve` (issue 11): Debian's chromium, driven by playwright-core,
// used as a person would — the keyboard into the search box, a facet click, the next page,
// a hit opened at its passage, the definitions table and its CSV, the passage with markup
// shown as text (no dialog), the Kazakh interface, the print stylesheet. A screenshot of
// each page goes to SCREENSHOTS (run_browser_test.sh passes build/web-screenshots).
// Usage: node serve_browser_test.mjs BASE_URL SCREENSHOT_DIR
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node serve_browser_test.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

const browser = await chromium.launch({
  executablePath: process.env.LEXKZ_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
const page = await context.newPage();
page.setDefaultTimeout(15000);
let dialogs = 0;
page.on('dialog', (d) => { dialogs++; d.dismiss(); });
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', (e) => consoleErrors.push(String(e)));
const shot = (name, opts = {}) => page.screenshot({ path: join(shots, name), ...opts });

try {
  // 1. Start page: statistics, examples; the stylesheet applied (the CSP allows 'self').
  await page.goto(base + '/');
  check(await page.locator('section.stats .totals strong').count() === 2, 'start page shows documents and passages');
  const headerBg = await page.locator('header.top').evaluate((e) => getComputedStyle(e).backgroundColor);
  check(headerBg === 'rgb(29, 47, 79)', `the embedded stylesheet is applied (header ${headerBg})`);
  await shot('01-start.png', { fullPage: true });

  // 2. Keyboard only: Tab to the search box, type, Enter.
  await page.goto(base + '/define');  // no autofocus here: the focus starts at the top
  let focused = '';
  for (let i = 0; i < 10 && focused !== 'q'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  }
  check(focused === 'q', 'Tab reaches the search box');
  await page.keyboard.type('домогательство');
  await Promise.all([page.waitForURL(/\/search\?q=/), page.keyboard.press('Enter')]);
  const hits = await page.locator('li.hit').count();
  check(hits > 0, `Enter searches: ${hits} hits`);
  check(await page.locator('li.hit mark').count() > 0, 'matches are highlighted with <mark>');
  check(decodeURIComponent(new URL(page.url()).searchParams.get('q')) === 'домогательство', 'the query is in the URL');
  await shot('02-search.png', { fullPage: true });

  // 3. A facet click adds its filter; every hit then has that type.
  const facet = page.locator('a[data-facet="type"]').first();
  const label = (await facet.textContent()).trim();
  await Promise.all([page.waitForURL(/type=/), facet.click()]);
  const types = await page.locator('li.hit .meta .type').allTextContents();
  check(types.length > 0 && types.every((t) => t === label), `facet "${label}" filters the hits (${types.length})`);
  check(await page.locator('.facet.active li').count() === 1, 'the active filter is listed, with a link to remove it');
  await shot('03-facet.png', { fullPage: true });

  // 4. Paging: a filter-only search with more than one page.
  await page.goto(base + '/search?lang=ru');
  const firstPage = await page.locator('li.hit h2 a').first().getAttribute('href');
  await Promise.all([page.waitForURL(/page=2/), page.locator('a[rel="next"]').click()]);
  check(await page.locator('ol.hits').getAttribute('start') === '21', 'page 2 starts at hit 21');
  check(await page.locator('li.hit h2 a').first().getAttribute('href') !== firstPage, 'page 2 shows other hits');
  check(await page.locator('a[rel="prev"]').count() === 1, 'page 2 links back');
  await shot('04-page2.png');

  // 5. A hit opened at its passage: the fragment's target is highlighted and in view.
  await page.goto(base + '/search?q=' + encodeURIComponent('кемсітушілік'));
  const hitLink = page.locator('li.hit h2 a').first();
  const href = await hitLink.getAttribute('href');
  await Promise.all([page.waitForURL(/\/doc\//), hitLink.click()]);
  const fragment = href.split('#')[1];
  check(new URL(page.url()).hash === '#' + fragment, `the document opens at #${fragment}`);
  const target = page.locator('section.passage:target');
  check(await target.count() === 1 && (await target.getAttribute('id')) === fragment, 'the passage is the :target');
  const bg = await target.evaluate((e) => getComputedStyle(e).backgroundColor);
  check(bg === 'rgb(255, 246, 204)', `the target passage is highlighted (${bg})`);
  const box = await target.boundingBox();
  check(box && box.y >= 0 && box.y < 860, `the target passage is scrolled into view (y=${box && Math.round(box.y)})`);
  check(await page.locator('section.passage').count() > 3, 'the whole document is shown');
  await shot('05-document.png');

  // 6. The definitions table, both languages, and its CSV.
  await page.goto(base + '/define?term=' + encodeURIComponent('дискриминация'));
  const rows = await page.locator('table.definitions tbody tr').count();
  check(rows > 1, `definitions table has ${rows} rows`);
  check(await page.locator('table.definitions tr[lang="ru"]').count() > 0 &&
        await page.locator('table.definitions tr[lang="kk"]').count() > 0, 'definitions in Russian and Kazakh');
  await shot('06-define.png', { fullPage: true });
  const csvHref = await page.locator('.download a').getAttribute('href');
  const csv = await page.request.get(base + csvHref);
  const bytes = await csv.body();
  check(csv.status() === 200 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'CSV starts with a UTF-8 BOM');
  check((csv.headers()['content-disposition'] || '').startsWith('attachment'), 'CSV is a download');
  check(bytes.toString('utf8').split('\r\n').length - 2 === rows, 'CSV has a row per table row (plus the header)');
  await page.emulateMedia({ media: 'print' });
  check(await page.locator('header.top').isHidden(), 'print: the header is left out');
  await shot('07-define-print.png', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // 7. Markup in the index is text: visible, and nothing runs.
  await page.goto(base + '/doc/hostile-ruling.ru.txt');
  const shown = page.getByText('<script>alert(1)</script>', { exact: false });
  check(await shown.count() === 1 && await shown.isVisible(), 'the <script> passage is shown as text');
  check(await page.locator('script').count() === 0, 'no <script> element in the page');
  check(await page.locator('[onmouseover]').count() === 0, 'no onmouseover attribute got through');
  await page.getByText('onmouseover', { exact: false }).hover();
  await page.waitForTimeout(300);
  check(dialogs === 0, 'no dialog fired');
  await shot('08-hostile.png');

  // 8. The Kazakh interface: the switch keeps the page, the words change.
  await page.goto(base + '/search?q=' + encodeURIComponent('қудалау'));
  await Promise.all([page.waitForURL(/ui=kk/), page.locator('a.ui-switch').click()]);
  check(await page.locator('html').getAttribute('lang') === 'kk', 'the interface switches to Kazakh');
  check(await page.locator('header button').textContent() === 'Іздеу', 'the search button speaks Kazakh');
  check(await page.locator('li.hit').count() > 0, 'the same search in the Kazakh interface');
  await shot('09-search-kk.png', { fullPage: true });

  // 9. The syntax help opens without script.
  await page.locator('details.syntax summary').click();
  check(await page.locator('details.syntax table').isVisible(), 'the syntax help opens');

  check(consoleErrors.length === 0, `no console errors or CSP violations (${consoleErrors.join(' | ')})`);
} catch (e) {
  console.log('FAIL ' + (e.stack || e));
  failures++;
  await shot('failure.png').catch(() => {});
} finally {
  await browser.close();
}
console.log(failures ? `${failures} check(s) failed` : 'all browser checks passed');
process.exit(failures ? 1 : 0);
