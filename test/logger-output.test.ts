/**
 * The operations log's two forms and its per-request lines: JSON for a log
 * collector, readable lines for a person at a terminal (through the same
 * allow-list), and Fastify's request lines at debug in the demo, so the start
 * banner is not buried under them.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { createLogger, type LogOutput } from '../src/platform/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream: Object.assign(stream, { write: stream.write.bind(stream) }) };
}

/** What one request to a Fastify app with this logger writes, and one line the app logs itself. */
async function oneRequest(logLevel: string, output: LogOutput): Promise<string[]> {
  const out = capture();
  const logger = createLogger({ logLevel }, out.stream, output);
  const app = Fastify({ loggerInstance: logger });
  app.get('/health', async () => ({ status: 'ok' }));
  await app.inject({ method: 'GET', url: '/health' });
  logger.info({ err: new Error('person 123456782 not found') }, 'something to see');
  await app.close();
  await new Promise((resolve) => setImmediate(resolve));
  return out.lines;
}

const requestLines = (lines: string[]) => lines.filter((l) => /incoming request|request completed/.test(l));

describe('the operations log', () => {
  const cases: { name: string; level: string; output: LogOutput; requestLines: number }[] = [
    { name: 'outside the demo: a request is two lines at info', level: 'info', output: {}, requestLines: 2 },
    {
      name: 'in the demo at info: no request lines',
      level: 'info',
      output: { requestLevel: 'debug' },
      requestLines: 0,
    },
    {
      name: 'in the demo at debug: the request lines again',
      level: 'debug',
      output: { requestLevel: 'debug' },
      requestLines: 2,
    },
  ];
  for (const c of cases)
    it(c.name, async () => {
      const lines = await oneRequest(c.level, c.output);
      assert.equal(requestLines(lines).length, c.requestLines, lines.join('\n'));
      assert.equal(lines.filter((l) => l.includes('something to see')).length, 1, 'the app’s own line stays');
      if (c.requestLines > 0 && c.output.requestLevel === 'debug')
        for (const line of requestLines(lines)) assert.equal(JSON.parse(line).level, 20, 'at debug');
    });

  it('writes JSON to a collector and readable lines to a person, through the same allow-list', async () => {
    const json = await oneRequest('info', { pretty: false });
    for (const line of json) JSON.parse(line);
    const readable = await oneRequest('info', { pretty: true });
    assert.ok(readable.length > 0);
    assert.throws(() => JSON.parse(readable[0] ?? ''), 'not JSON');
    const seen = readable.find((l) => l.includes('something to see')) ?? '';
    assert.match(seen, /^\[\d{2}:\d{2}:\d{2}(\.\d{3})?\] INFO/);
    assert.match(
      readable.join('\n'),
      /person ######### not found/,
      'the error below it, the BSN-like number masked',
    );
    assert.doesNotMatch(readable.join('\n'), /123456782/);
    assert.ok(!seen.includes('\u001b['), 'no colours when writing to a stream that is not the terminal');
  });
});
