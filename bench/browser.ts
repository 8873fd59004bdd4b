/**
 * The built terminal in Debian's Chromium at 4x CPU slowdown (a low-end till), against the
 * simulator on the same origin (as behind a store's proxy): cold start to an interactive
 * search box (a first visit; then a start with the files cached by the service worker), Enter to the first rows painted for a 50-row page (less the server's time), and
 * the longest main-thread task while a 10,000-row unpaged answer is fetched, decoded and shown.
 *
 * `npm run bench` calls it after building; alone: `node --import tsx bench/browser.ts [dist]`
 * (another build's folder gives its figures, e.g. the code before a change).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { nodeHandler } from '../simulator/node-server';
import { createSimulator, type SimulatorOptions } from '../simulator/simulator';

const SLOWDOWN = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The app's files and a simulator on one origin, with a config pointing at it. */
async function serve(
  dist: string,
  options: SimulatorOptions,
): Promise<{ url: string; server: Server }> {
  const simulator = nodeHandler(createSimulator(options));
  const config = JSON.stringify({
    mode: 'simulator',
    storeName: 'Bench',
    locationId: '0005',
    deviceId: 'BENCH-01',
    currency: 'GBP',
    services: {
      customerService: '/axis2/services/CustomerService',
      accountBalanceService: '/axis2/services/AccountBalanceService',
      crmCustomerDataService: '/axis2/services/CRMCustomerDataService',
    },
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    if (/^\/(axis2|Loyalty|__simulator)\//.test(path)) return void simulator(req, res);
    if (path === '/terminal-config.json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return void res.end(config);
    }
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || path === '/')
      file = join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** In the page before its own scripts: when the search box appears and can take a key. */
const MARKS = () => {
  // A till in the middle of a shift (sign-on answered in this browser session): the start
  // screen is Customer Search, not the start-of-shift sign-on.
  sessionStorage.setItem(
    'enactor-terminal:operator',
    JSON.stringify({ state: { operatorId: null, asked: true }, version: 1 }),
  );
  const w = window as unknown as { bench: Record<string, unknown>; longTasks: PerformanceEntry[] };
  w.bench = {};
  w.longTasks = [];
  new PerformanceObserver((list) => w.longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  const seen = new MutationObserver(() => {
    if (w.bench.box === undefined && document.querySelector('input[type=search]')) {
      w.bench.box = performance.now();
      // The first moment the main thread is free again: a key typed now is handled now.
      setTimeout(() => (w.bench.interactive = performance.now()));
      seen.disconnect();
    }
  });
  seen.observe(document, { childList: true, subtree: true });
};

async function slowPage(browser: Browser, reuse?: BrowserContext): Promise<Page> {
  const context =
    reuse ??
    (await browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'en-GB',
    }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.addInitScript(MARKS);
  return page;
}

async function open(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { bench: { interactive?: number } }).bench.interactive,
  );
  return page.evaluate(
    () => (window as unknown as { bench: { interactive: number } }).bench.interactive,
  );
}

/**
 * Enter in the search box to the first rows painted: timed in the page, from the keydown to
 * the frame after the first row appears; the server's time (request start to first byte,
 * from Resource Timing) is given apart.
 */
async function searchTimed(
  page: Page,
  term: string,
): Promise<{ total: number; server: number; longest: number; parserLoaded: boolean }> {
  await page.getByRole('searchbox').fill(term);
  await page.evaluate(() => {
    const w = window as unknown as { bench: Record<string, number> };
    delete w.bench.painted;
    addEventListener('keydown', (e) => e.key === 'Enter' && (w.bench.enter = performance.now()), {
      capture: true,
      once: true,
    });
    const rows = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Customers found"] li')) return;
      rows.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.bench.painted = performance.now())));
    });
    rows.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('searchbox').press('Enter');
  await page.waitForFunction(
    () => (window as unknown as { bench: { painted?: number } }).bench.painted,
  );
  return page.evaluate(() => {
    const { enter, painted } = (window as unknown as { bench: Record<string, number> }).bench;
    const call = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('CustomerService') && e.startTime >= (enter as number)) as
      PerformanceResourceTiming | undefined;
    const w = window as unknown as { longTasks: PerformanceEntry[] };
    const during = w.longTasks.filter((t) => t.startTime + t.duration > (enter as number));
    return {
      total: (painted as number) - (enter as number),
      server: call ? call.responseStart - call.requestStart : 0,
      longest: Math.max(0, ...during.map((t) => t.duration)),
      parserLoaded: performance
        .getEntriesByType('resource')
        .some((e) => e.name.includes('open-answer') && e.startTime < (enter as number)),
    };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** The 10,000-row search, traced: every main-thread task from Enter to the rows shown. */
async function largeSearch(browser: Browser, url: string) {
  const page = await slowPage(browser);
  await open(page, url);
  // A first small search starts the decode worker, as a till's first search of the day does.
  await searchTimed(page, 'amelia baldwin');
  await page.evaluate(() => {
    const w = window as unknown as { bench: { delays: number[] } };
    w.bench.delays = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        w.bench.delays.push(e.processingStart - e.startTime);
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const profiler = process.env.BENCH_DEBUG ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  }
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.getByRole('searchbox').fill('a');
  const shown = page.getByText(/of 10,000/).waitFor({ timeout: 120_000 });
  await page.getByRole('searchbox').press('Enter');
  // Meanwhile a cashier presses keys (Shift: it types nothing): each one's wait is measured.
  let done = false;
  const keys = (async () => {
    let presses = 0;
    while (!done) {
      await page.keyboard.press('Shift');
      presses++;
    }
    return presses;
  })();
  const started = Date.now();
  await shown;
  const elapsed = Date.now() - started;
  done = true;
  const presses = await keys;
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    const self = new Map<string, number>();
    const dt = new Map<number, number>();
    profile.samples?.forEach((id, i) =>
      dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)),
    );
    for (const n of profile.nodes) {
      const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
      self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0));
    }
    console.log(
      [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, v]) => `${Math.round(v / 1000)}ms ${k}`)
        .join('\n'),
    );
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const events = trace.traceEvents;
  // The page's main thread: of the renderers' main threads, the one that worked most.
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'RunTask' && e.ph === 'X') {
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + (e.dur ?? 0));
    }
  }
  const mains = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`);
  const main = mains.sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0];
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && `${e.pid}:${e.tid}` === main,
  );
  const longest = Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000));
  if (process.env.BENCH_DEBUG) {
    const top = tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 1);
    console.log(
      'instant',
      events
        .filter(
          (e) =>
            `${e.pid}:${e.tid}` === main &&
            top[0] &&
            e.ts >= top[0].ts &&
            e.ts < top[0].ts + (top[0].dur ?? 0),
        )
        .map((e) => e.name + ':' + e.ph + ':' + Math.round((e.dur ?? 0) / 1000))
        .slice(0, 80)
        .join(' '),
    );
    for (const t of top) {
      const inside = events
        .filter(
          (e) =>
            `${e.pid}:${e.tid}` === main &&
            e.ph === 'X' &&
            e.ts >= t.ts &&
            e.ts < t.ts + (t.dur ?? 0) &&
            (e.dur ?? 0) > 300 &&
            e !== t,
        )
        .map(
          (e) =>
            `${e.name} ${Math.round((e.dur ?? 0) / 1000)}ms ${JSON.stringify(e.args ?? {}).slice(0, 160)}`,
        );
      console.log(Math.round((t.dur ?? 0) / 1000), inside);
    }
  }
  const over50 = tasks.filter((t) => (t.dur ?? 0) > 50_000).length;
  const delays = await page.evaluate(
    () => (window as unknown as { bench: { delays: number[] } }).bench.delays,
  );
  await page.context().close();
  return {
    longest,
    over50,
    tasks: tasks.length,
    elapsed,
    presses,
    inputDelay: Math.max(0, ...delays),
  };
}

/**
 * Starts of a till whose service worker has cached the app (every start after the first, on
 * HTTPS or localhost): one first start installs it, then each start is a new page in the same
 * browser profile, its files served by the worker.
 */
async function warmStarts(browser: Browser, url: string, runs: number): Promise<number[]> {
  const first = await slowPage(browser);
  await open(first, url);
  // The worker controls the page and holds the configuration (its files are precached first).
  const ready = () =>
    first.evaluate(
      async () =>
        navigator.serviceWorker?.controller != null &&
        (await caches.match('/terminal-config.json')) !== undefined,
    );
  const until = Date.now() + 60_000;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('no service worker took control of the page');
    await new Promise((done) => setTimeout(done, 250));
  }
  const context = first.context();
  await first.close();
  const starts: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await slowPage(browser, context);
    starts.push(await open(page, url));
    await page.close();
  }
  await context.close();
  return starts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;

export async function browserFigures(dist = resolve('dist')): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\n4. Browser figures skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return;
  }
  const paged = await serve(dist, { customers: 60_000 });
  const unpaged = await serve(dist, {
    customers: 60_000,
    ignorePaging: true,
    maxUnpagedRows: 10_000,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const starts: number[] = [];
    const pages: Awaited<ReturnType<typeof searchTimed>>[] = [];
    let first: Awaited<ReturnType<typeof searchTimed>> | undefined;
    for (let run = 0; run < 5; run++) {
      const page = await slowPage(browser);
      starts.push(await open(page, paged.url));
      // Fifty-row pages of different searches (none cached); the first of the day also
      // loads the parser.
      const terms = ['smith', 'jones', 'taylor', 'brown', 'wilson'];
      first ??= await searchTimed(page, 'williams');
      for (const term of terms.slice(run, run + 2)) pages.push(await searchTimed(page, term));
      await page.context().close();
    }
    const warm = await warmStarts(browser, paged.url, 5);
    const large = await largeSearch(browser, unpaged.url);
    console.log(
      `\n4. The built terminal in Chromium at ${SLOWDOWN}x CPU slowdown (median of ${starts.length} cold starts)`,
    );
    console.log(
      `   cold start to an interactive search box: ${ms(median(starts))} (runs: ${starts.map(ms).join(', ')})`,
    );
    console.log(
      `   start with the app cached by its service worker (median of ${warm.length}): ${ms(median(warm))} (runs: ${warm.map(ms).join(', ')})`,
    );
    const net = pages.map((p) => p.total - p.server);
    console.log(
      `   Enter to first rows painted, 50-row page: ${ms(median(net))} beyond the server's ${ms(median(pages.map((p) => p.server)))} (total ${ms(median(pages.map((p) => p.total)))}; longest task ${ms(median(pages.map((p) => p.longest)))}); first search of a start ${ms(first!.total - first!.server)} beyond the server (parser ${first!.parserLoaded ? 'already loaded' : 'loaded with it'})`,
    );
    console.log(
      `   10,000-row unpaged answer (13 MB), Enter to "of 10,000" shown: ${ms(large.elapsed)}; longest main-thread task ${ms(large.longest)} (${large.over50} of ${large.tasks} tasks over 50 ms); ${large.presses} key presses meanwhile, longest wait ${large.inputDelay ? ms(large.inputDelay) : 'under 16 ms'}`,
    );
  } finally {
    await browser.close();
    paged.server.close();
    unpaged.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await browserFigures(resolve(process.argv[2] ?? 'dist'));
}
