// Opens a pactgraph HTML report in headless Chromium (Debian's, never a
// downloaded browser) and prints what a reader would see, as JSON:
//   node report-check.mjs REPORT.html SCREENSHOT_DIR
// At a wide (1400×900) and a narrow (400×900) viewport it records the
// console errors, every network request (only the file itself may load:
// everything else is aborted and reported), the visible SVG network's
// circles and links, the visible timeline's event marks (in page order),
// the table rows and the tallest row of each table, the in-page links
// without a target, every visible element that sticks out of the viewport
// horizontally (no scroll container is exempt: nothing may need sideways
// scrolling), whether the most central actor's circle is on screen, and
// the page text; it saves a screenshot of each viewport and of the two
// figures. Every step is bounded in time and the browser is always closed.
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
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'narrow', width: 400, height: 900 },
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
      const shown = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      };
      const visibleSvgs = (selector) => [...document.querySelectorAll(selector)].filter(shown);
      const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
      const fragmentLinks = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1));
      const width = document.documentElement.clientWidth;
      const overflowing = [];
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.right <= width + 1 && box.left >= -1) continue;
        overflowing.push(`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}` +
                         `.${element.className?.baseVal ?? element.className} left=${Math.round(box.left)} ` +
                         `right=${Math.round(box.right)}`);
      }
      const rows = {};
      const tallestRow = {};
      for (const section of document.querySelectorAll('section[id]')) {
        const sectionRows = [...section.querySelectorAll('tbody tr')];
        rows[section.id] = sectionRows.length;
        tallestRow[section.id] = Math.max(0, ...sectionRows.map((r) => Math.round(r.getBoundingClientRect().height)));
      }
      const networks = visibleSvgs('svg.network');
      const network = networks[0];
      // The most central actor: the first row of the actors table.
      const central = document.querySelector('#actors tbody tr')?.id;
      let centralActor = null;
      if (network && central) {
        const circle = network.querySelector(`a[href="#${central}"] circle`);
        const box = circle?.getBoundingClientRect();
        centralActor = { id: central, drawn: Boolean(circle),
                         onScreen: Boolean(box) && box.left >= 0 && box.right <= width };
      }
      const timelines = visibleSvgs('svg.timeline');
      return {
        title: document.title,
        visibleNetworks: networks.length,
        networkVariant: network?.classList.contains('narrow') ? 'narrow' : 'wide',
        networkCircles: network ? network.querySelectorAll('.actors circle').length : 0,
        networkActorLinks: network ? [...network.querySelectorAll('a[href^="#actor-"]')]
          .map((a) => a.getAttribute('href').slice(1)) : [],
        networkLines: network ? network.querySelectorAll('.links line').length : 0,
        networkWidth: network ? Math.round(network.getBoundingClientRect().width) : 0,
        centralActor,
        visibleTimelines: timelines.length,
        timelineMarks: timelines.length ? [...timelines[0].querySelectorAll('a[href^="#event-"]')]
          .map((a) => a.getAttribute('href').slice(1)) : [],
        eventEntries: [...document.querySelectorAll('#events article[id^="event-"]')].map((e) => e.id),
        tableRows: rows,
        tallestRow,
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
