import type { Browser } from 'playwright-core';

const TILE_IMAGES = 'a[data-tile] img';

/**
 * Installed before the app loads: once a frame, notes when the first tile appeared and when each
 * tile's icon was first drawable (loaded and decoded to a size). Kept as text: the TypeScript
 * runner would otherwise wrap it in helpers the page does not have.
 */
const watchIcons = `
  window.__icons = { firstTileAt: undefined, loadedAt: {} };
  const frame = () => {
    const now = performance.now();
    if (window.__icons.firstTileAt === undefined && document.querySelector('a[data-tile]')) window.__icons.firstTileAt = now;
    for (const img of document.querySelectorAll('${TILE_IMAGES}')) {
      if (img.complete && img.naturalWidth > 0 && !(img.src in window.__icons.loadedAt)) window.__icons.loadedAt[img.src] = now;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

const everyIconDrawn = `(() => {
  const imgs = [...document.querySelectorAll('${TILE_IMAGES}')];
  return imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0);
})()`;

/** Per icon on the page when all were drawn: its time, and whether its tile is on the first screen. */
const iconTimes = `(() => [...document.querySelectorAll('${TILE_IMAGES}')].map((img) => {
  const box = img.getBoundingClientRect();
  return { at: window.__icons.loadedAt[img.src] - window.__icons.firstTileAt, onFirstScreen: box.bottom > 0 && box.top < innerHeight };
}))()`;

export interface IconFigures {
  /** Distinct icons on the page, and how many of them were on the first screen. */
  icons: number;
  firstScreenIcons: number;
  /** From the first tile on screen to the last first-screen icon drawn, and to the last icon. */
  firstScreenMs: number;
  allMs: number;
  /** What `whileIconsLoad` resolved with. */
  meanwhile?: number[];
}

/**
 * Opens `url` in a fresh page `height` px tall and waits until every tile's icon is drawn (at most
 * `timeoutMs`). `whileIconsLoad` starts with the page's first icon request, so what it measures
 * overlaps the icons' arrival.
 */
export async function iconFigures(
  browser: Browser,
  url: string,
  options: { height: number; whileIconsLoad?: () => Promise<number[]>; timeoutMs?: number },
): Promise<IconFigures> {
  const { height, whileIconsLoad, timeoutMs = 20_000 } = options;
  // The watcher is evaluated as a string, which the app's Content-Security-Policy rightly forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchIcons);
    let meanwhile: Promise<number[]> | undefined;
    page.on('request', (request) => {
      if (whileIconsLoad && !meanwhile && request.url().includes('/api/bungie/common/')) meanwhile = whileIconsLoad();
    });
    await page.goto(url);
    await page.waitForFunction(everyIconDrawn, undefined, { timeout: timeoutMs, polling: 50 });
    // One more frame, so the watcher has noted the last icon.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const times = (await page.evaluate(iconTimes)) as { at: number; onFirstScreen: boolean }[];
    const firstScreen = times.filter((time) => time.onFirstScreen);
    return {
      icons: times.length,
      firstScreenIcons: firstScreen.length,
      firstScreenMs: Math.max(0, ...firstScreen.map((time) => time.at)),
      allMs: Math.max(0, ...times.map((time) => time.at)),
      meanwhile: await meanwhile,
    };
  } finally {
    await context.close();
  }
}

/**
 * Makes `count` uncached Bungie API calls, one every `intervalMs`, each a search for a name nobody
 * has (so each is a real upstream call under Bungie's rate), and resolves with how long the server
 * took over each, from its request log: the client's own process (a browser driver's) adds noise.
 */
export async function timedApiCalls(
  server: { origin: string; output(): string },
  count: number,
  intervalMs: number,
): Promise<number[]> {
  const tag = `timed${Date.now()}`;
  const calls: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    calls.push(
      fetch(`${server.origin}/api/bungie/Platform/Destiny/SearchDestinyPlayer/2/${tag}-${i}/`).then(
        async (response) => {
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`the API call answered HTTP ${response.status}`);
        },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await Promise.all(calls);
  // The log line is written once per event-loop turn: give the last one a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes(`/${tag}-`))
    .map((line) => (JSON.parse(line) as { ms: number }).ms);
}
