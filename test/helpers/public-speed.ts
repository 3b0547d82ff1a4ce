/**
 * The public dashboard's first load as a visitor's browser sees it: the
 * service with the demo's statistics (the release `npm start` publishes), and
 * Chromium counting through its DevTools protocol what came over the wire,
 * optionally on a slow network. Shared by test/browser/public-speed.test.ts
 * (which asserts the bytes) and bench/public-speed.ts (which times it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { loadDemoStatistics } from '../../src/cli/demo.ts';
import { defaultReferenceCatalog } from '../../src/reference/index.ts';
import { currentRelease } from '../../src/statistics/index.ts';
import { type Portal, startPortal } from './portal.ts';

/**
 * Chrome DevTools' "Fast 3G" preset (its network throttling menu): 562.5 ms
 * round trip, 1.6 Mbit/s down and 750 kbit/s up, each times 0.9 as DevTools
 * applies them. No CPU slowdown.
 */
export const FAST_3G = {
  name: 'Chrome DevTools "Fast 3G": 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up, no CPU throttling',
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};

/** The service with the demo users and the demo's published statistics, as `npm start` serves them. */
export async function startPublicPortal(): Promise<Portal> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-public-speed-'));
  const dasDir = path.join(dataDir, 'das');
  await loadDemoStatistics(
    { dataDir, dasDir, dasPseudonymKey: undefined },
    defaultReferenceCatalog(),
    pino({ level: 'silent' }),
  );
  const release = currentRelease(dasDir);
  if (!release) throw new Error('the demo statistics were not published');
  const portal = await startPortal({ dasPublished: release });
  return {
    ...portal,
    close: async () => {
      await portal.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Transfer {
  url: string;
  /** Bytes on the wire, headers included (CDP's encodedDataLength). */
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}

export interface FirstLoad {
  transfers: Transfer[];
  bytes: number;
  /** From the navigation's start until the load event. */
  loadMs: number;
  /** From the navigation's start until `ready` holds (on /cijfers: the heading shows and no figure is loading). */
  readyMs: number;
}

/** Opens `url` in `page` (a fresh profile: nothing cached) and counts what it transferred until the network is quiet. */
export async function firstLoad(
  page: Page,
  url: string,
  options: { network?: typeof FAST_3G; ready: (page: Page) => Promise<void> },
): Promise<FirstLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.network)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: options.network.latency,
      downloadThroughput: options.network.downloadThroughput,
      uploadThroughput: options.network.uploadThroughput,
    });
  const seen = new Map<string, Transfer>();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const header = (name: string) =>
      Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1] as string | undefined;
    seen.set(requestId, {
      url: response.url,
      bytes: 0,
      encoding: header('content-encoding'),
      cacheControl: header('cache-control'),
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const transfer = seen.get(requestId);
    if (transfer) transfer.bytes = encodedDataLength;
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = performance.now() - started;
  await options.ready(page);
  const readyMs = performance.now() - started;
  // Whatever else the page fetches (the favicon, a late request) counts toward the bytes.
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  const transfers = [...seen.values()];
  return { transfers, bytes: transfers.reduce((sum, t) => sum + t.bytes, 0), loadMs, readyMs };
}

/** The public dashboard's overview has shown its heading and no figure is loading any more. */
export async function overviewReady(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Runs in the page (serialised, so all it uses is inside it), typed without the DOM's types.
  const noneLoading = () =>
    !(
      globalThis as unknown as { document: { querySelector(selector: string): unknown } }
    ).document.querySelector('.kz-main [role="status"][aria-live]');
  await page.waitForFunction(noneLoading, undefined, {
    timeout: 60_000,
    polling: 50,
  });
}
