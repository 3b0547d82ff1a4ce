/**
 * `node bench/public-speed.ts [--runs 3] [--record]`: the public dashboard's
 * first load (/cijfers, nothing cached, a phone's viewport) in Chromium, on
 * Chrome DevTools' "Fast 3G" profile and unthrottled: bytes transferred, time
 * to the load event and time until every figure is in. The service runs with
 * the demo users and the demo's statistics, as `npm start` serves them.
 * --record writes the figures to bench/RESULTS.md (section public-speed).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBrowser } from '../test/helpers/portal.ts';
import {
  FAST_3G,
  type FirstLoad,
  firstLoad,
  overviewReady,
  startPublicPortal,
} from '../test/helpers/public-speed.ts';
import { describeMachine, recordSection, today } from './machine.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, record: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const portal = await startPublicPortal();
const results: Record<string, FirstLoad[]> = { fast3g: [], unthrottled: [] };
try {
  for (let run = 0; run < runs; run++)
    for (const [name, network] of [
      ['fast3g', FAST_3G],
      ['unthrottled', undefined],
    ] as const) {
      // A new profile each time: nothing cached, a visitor's first visit.
      const browser = await openBrowser({ mobile: true });
      try {
        results[name]?.push(
          await firstLoad(browser.page, `${portal.url}/cijfers`, { network, ready: overviewReady }),
        );
      } finally {
        await browser.close();
      }
    }
} finally {
  await portal.close();
}

const first = results.fast3g?.[0];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);
const line = (name: string, loads: FirstLoad[]) =>
  `| ${name} | ${kb(median(loads.map((l) => l.bytes)))} | ${s(median(loads.map((l) => l.loadMs)))} | ${s(median(loads.map((l) => l.readyMs)))} |`;
const table = [
  '| network | transferred (KB) | load event (s) | all figures in (s) |',
  '| --- | ---: | ---: | ---: |',
  line(FAST_3G.name, results.fast3g ?? []),
  line('unthrottled (loopback)', results.unthrottled ?? []),
].join('\n');
const requests = (first?.transfers ?? [])
  .map((t) => `| ${new URL(t.url).pathname} | ${t.encoding ?? '-'} | ${kb(t.bytes)} |`)
  .join('\n');
const markdown = `## Public dashboard first load (/cijfers)

\`node bench/public-speed.ts --runs ${runs} --record\`, ${today()}, ${describeMachine()}; Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} headless, 375×740 viewport, a fresh profile per load (nothing cached), network emulated through the DevTools protocol (Network.emulateNetworkConditions), service and browser on the same machine. Median of ${runs} loads. Bytes are on the wire, headers included (CDP encodedDataLength). "All figures in": the heading shown and no figure loading any more (checked every 50 ms). The service runs with the demo data and the demo's published statistics.

${table}

Requests of the first Fast 3G load:

| path | encoding | KB |
| --- | --- | ---: |
${requests}
`;
console.log(markdown);
if (values.record) recordSection(path.join(import.meta.dirname, 'RESULTS.md'), 'public-speed', markdown);
