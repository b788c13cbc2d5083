// Opens a pactgraph HTML report in headless Chromium (Debian's, never a
// downloaded browser) and prints what a reader would see, as JSON:
//   node report-check.mjs REPORT.html SCREENSHOT_DIR
// At a desktop (1366×900) and a narrow (390×844) viewport it records the
// console errors, every network request (only the file itself may load:
// everything else is aborted and reported), the SVG network's circles and
// links, the timeline's event marks, the table rows, the in-page links
// without a target, the elements sticking out to the right outside a
// scroll container, and the page text; it saves a screenshot of each
// viewport and of the two figures. Every step is bounded in time and the
// browser is always closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [reportPath, shotDir] = process.argv.slice(2);
const url = pathToFileURL(resolve(reportPath)).href;
const profile = mkdtempSync(join(tmpdir(), 'pactgraph-chromium-'));
const STEP_TIMEOUT = 30000;

const viewports = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
];

let context;
const result = { url, viewports: {} };
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: STEP_TIMEOUT,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic'],
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const requests = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    requests.push(requested);
    return requested === url ? route.continue() : route.abort();
  });
  for (const viewport of viewports) {
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()}`));
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    await page.screenshot({ path: join(shotDir, `${viewport.name}.png`), timeout: STEP_TIMEOUT });
    for (const [selector, name] of [['figure.network-figure', 'network'], ['figure.timeline-figure', 'timeline']]) {
      if (await page.locator(selector).count()) {
        await page.locator(selector).first().screenshot({ path: join(shotDir, `${viewport.name}-${name}.png`),
                                                          timeout: STEP_TIMEOUT });
      }
    }
    const seen = await page.evaluate(() => {
      const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
      const fragmentLinks = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1));
      const insideScroll = (element) => {
        for (let e = element.parentElement; e; e = e.parentElement) {
          const overflow = getComputedStyle(e).overflowX;
          if (overflow === 'auto' || overflow === 'scroll') return true;
        }
        return false;
      };
      const width = document.documentElement.clientWidth;
      const overflowing = [];
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1 || insideScroll(element)) continue;
        overflowing.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}` +
                         `.${element.className?.baseVal ?? element.className} right=${Math.round(box.right)}`);
      }
      const rows = {};
      for (const section of document.querySelectorAll('section[id]')) {
        rows[section.id] = section.querySelectorAll('tbody tr').length;
      }
      return {
        title: document.title,
        networkCircles: [...document.querySelectorAll('svg.network .actors circle')].length,
        networkActorLinks: [...document.querySelectorAll('svg.network a[href^="#actor-"]')]
          .map((a) => a.getAttribute('href').slice(1)),
        networkLines: document.querySelectorAll('svg.network .links line').length,
        timelineMarks: [...document.querySelectorAll('svg.timeline a[href^="#event-"]')]
          .map((a) => a.getAttribute('href').slice(1)),
        eventEntries: [...document.querySelectorAll('#events article[id^="event-"]')].map((e) => e.id),
        tableRows: rows,
        fragmentLinks: fragmentLinks.length,
        brokenLinks: [...new Set(fragmentLinks.filter((id) => !ids.has(id)))],
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: width,
        overflowing: overflowing.slice(0, 20),
        text: document.body.innerText,
      };
    });
    result.viewports[viewport.name] = { ...seen, consoleErrors };
    await page.close();
  }
  result.requests = requests;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
