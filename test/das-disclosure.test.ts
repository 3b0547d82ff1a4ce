/**
 * Disclosure control, attacked. An outsider reads the published tables of a
 * release and tries to recover suppressed cells: from a total minus its
 * published parts, along every dimension of every count, combining every
 * line a cell lies on, and by comparing two tables that count the same
 * records. The same attack on a naive publication (true counts, only the
 * minimum count) succeeds, which shows the attack is real; on the release it
 * finds nothing.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../src/reference/index.ts';
import { buildRelease } from '../src/statistics/build.ts';
import { MAX_NOISE, MIN_COUNT, ROUNDING_BASE } from '../src/statistics/disclosure.ts';
import { literal, openDuck } from '../src/statistics/duck.ts';
import type { TableMeta } from '../src/statistics/published.ts';
import { randomDeliveries } from './fixtures/deliveries.ts';

type Cell = { codes: Record<string, string>; value: number | null; status: string };

/** What an outsider knows of a cell's true count, from the method's published parameters only. */
function known(cell: Cell): [number, number] {
  if (cell.status === 'suppressed') return [1, MIN_COUNT - 1];
  if (cell.status !== 'published' || cell.value === null) return [0, Number.POSITIVE_INFINITY];
  if (cell.value === 0) return [0, 0];
  const slack = Math.floor(ROUNDING_BASE / 2) + MAX_NOISE;
  return [Math.max(MIN_COUNT, cell.value - slack), cell.value + slack];
}

/** Exact knowledge, for the naive publication. */
function knownExactly(cell: Cell): [number, number] {
  if (cell.status === 'suppressed') return [1, MIN_COUNT - 1];
  return cell.value === null ? [0, Number.POSITIVE_INFINITY] : [cell.value, cell.value];
}

/**
 * The differencing attack: for every suppressed cell, intersect what every
 * line through it (a total and its parts along one dimension) allows.
 * Returns the cells left with a single possible value.
 */
function attack(cells: Cell[], dims: string[], knowledge: (c: Cell) => [number, number]): Cell[] {
  const byKey = new Map(cells.map((c) => [dims.map((d) => c.codes[d]).join('|'), c]));
  const pinned: Cell[] = [];
  for (const target of cells.filter((c) => c.status === 'suppressed')) {
    let [low, high] = knowledge(target);
    for (const dim of dims) {
      if (target.codes[dim] === 'T') continue;
      const total = byKey.get(dims.map((d) => (d === dim ? 'T' : target.codes[d])).join('|'));
      if (total?.status !== 'published') continue;
      const parts = cells.filter(
        (c) =>
          c !== target &&
          c.codes[dim] !== 'T' &&
          dims.every((d) => d === dim || c.codes[d] === target.codes[d]),
      );
      const [tLow, tHigh] = knowledge(total);
      const othersLow = parts.reduce((s, c) => s + knowledge(c)[0], 0);
      const othersHigh = parts.reduce((s, c) => s + knowledge(c)[1], 0);
      low = Math.max(low, tLow - othersHigh);
      high = Math.min(high, tHigh - othersLow);
    }
    if (high <= low) pinned.push(target);
  }
  return pinned;
}

describe('disclosure control under attack', () => {
  let out: string;
  let deliveries: string;
  const tables = new Map<string, { meta: TableMeta; rows: Record<string, unknown>[] }>();

  before(async () => {
    deliveries = randomDeliveries({ seed: 7, crimes: 1_500, years: [2021, 2022, 2023] });
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-das-attack-'));
    const result = await buildRelease({
      deliveries,
      key: 'attack-test-key-0123456789abcdef01234567',
      release: 'r1',
      out,
      catalog: defaultReferenceCatalog(),
      threads: 2,
    });
    assert.ok(result.ok);
    const dir = path.join(out, 'published', 'r1');
    const duck = await openDuck();
    try {
      for (const { id } of result.tables) {
        const meta = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as TableMeta;
        const rows = await duck.rows<Record<string, unknown>>(
          `SELECT * FROM read_parquet(${literal(path.join(dir, `${id}.parquet`))})`,
        );
        tables.set(id, { meta, rows });
      }
    } finally {
      duck.close();
    }
  });
  after(() => {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(deliveries, { recursive: true, force: true });
  });

  const countsOf = (id: string) => {
    const table = tables.get(id);
    assert.ok(table, id);
    const dims = table.meta.dimensions.map((d) => d.id);
    return table.meta.measures
      .filter((m) => m.unit === 'aantal')
      .map((m) => ({
        measure: m.id,
        dims,
        cells: table.rows.map((r) => ({
          codes: Object.fromEntries(dims.map((d) => [d, String(r[d])])),
          value: r[m.id] === null ? null : Number(r[m.id]),
          status: String(r[`${m.id}__status`]),
        })),
      }));
  };

  it('has suppressed cells to attack, and publishes only multiples of the rounding base', () => {
    let suppressed = 0;
    for (const id of tables.keys())
      for (const { cells } of countsOf(id)) {
        suppressed += cells.filter((c) => c.status === 'suppressed').length;
        for (const c of cells) if (c.value !== null) assert.equal(c.value % ROUNDING_BASE, 0);
      }
    assert.ok(suppressed > 50, `only ${suppressed} suppressed cells`);
  });

  it('pins down no suppressed cell from totals and published parts, in any table', () => {
    for (const id of tables.keys())
      for (const { measure, dims, cells } of countsOf(id)) {
        const pinned = attack(cells, dims, known);
        assert.deepEqual(
          pinned.map((c) => c.codes),
          [],
          `${id}.${measure}: ${pinned.length} suppressed cells recoverable`,
        );
      }
  });

  it('would have been beaten on a naive publication of the same data: the attack is real', async () => {
    const duck = await openDuck();
    try {
      const truth = await duck.rows<{ jaar: string; regio: string; delictgroep: string; n: bigint }>(
        `SELECT coalesce(CAST(year(registered_on) AS VARCHAR), 'T') AS jaar, coalesce(region, 'T') AS regio,
                coalesce(scm_group, 'T') AS delictgroep, count(*) AS n
         FROM read_parquet(${literal(path.join(out, 'secure', 'r1', 'crimes.parquet'))})
         GROUP BY CUBE (year(registered_on), region, scm_group)`,
      );
      const naive: Cell[] = truth.map((t) => {
        const n = Number(t.n);
        return {
          codes: { jaar: t.jaar, regio: t.regio, delictgroep: t.delictgroep },
          value: n > 0 && n < MIN_COUNT ? null : n,
          status: n > 0 && n < MIN_COUNT ? 'suppressed' : 'published',
        };
      });
      assert.ok(naive.some((c) => c.status === 'suppressed'));
      const pinned = attack(naive, ['jaar', 'regio', 'delictgroep'], knownExactly);
      assert.ok(pinned.length > 0, 'the attack recovers suppressed cells of a naive publication');
    } finally {
      duck.close();
    }
  });

  it('gives the same records the same published value in two tables, so comparing them reveals nothing', () => {
    const crimes = countsOf('misdrijven').find((m) => m.measure === 'geregistreerd');
    const flow = countsOf('ketenstroom').find((m) => m.measure === 'instroom');
    assert.ok(crimes && flow);
    const registration = new Map(
      flow.cells
        .filter((c) => c.codes.fase === 'registratie')
        .map((c) => [`${c.codes.jaar}|${c.codes.regio}|${c.codes.delictgroep}`, c]),
    );
    assert.equal(registration.size, crimes.cells.length);
    for (const c of crimes.cells) {
      const twin = registration.get(`${c.codes.jaar}|${c.codes.regio}|${c.codes.delictgroep}`);
      assert.deepEqual([twin?.value, twin?.status], [c.value, c.status], JSON.stringify(c.codes));
    }
  });
});
