/**
 * Where a benchmark's time goes inside PostgreSQL: what the service's
 * connections are doing, sampled from pg_stat_activity (running a statement,
 * waiting on a lock, idle in a transaction while Node works, idle between
 * requests), and the statements each request costs, from pg_stat_statements
 * when the server loads it (shared_preload_libraries); without it, only the
 * sampling.
 */
import pg from 'pg';

export interface ActivityTally {
  samples: number;
  /** Per state of a service connection (e.g. "active", "active: Lock/advisory", "idle in transaction"), its share of all connection-samples. */
  shares: Record<string, number>;
  /** Mean number of the service's connections open per sample. */
  connections: number;
}

/** Samples every `everyMs` what the connections to `database` do, until stopped. */
export function sampleActivity(
  serverUrl: string,
  database: string,
  everyMs = 20,
): { stop: () => Promise<ActivityTally> } {
  const client = new pg.Client({ connectionString: serverUrl });
  const counts = new Map<string, number>();
  let samples = 0;
  let seen = 0;
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ state: string | null; wait: string | null }>(
        `SELECT state, CASE WHEN wait_event IS NULL THEN NULL ELSE wait_event_type || '/' || wait_event END AS wait
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [database],
      );
      samples++;
      for (const r of rows) {
        // An idle connection "waits" on ClientRead by definition; only a running one's wait says something.
        const key = r.state === 'active' && r.wait ? `active: ${r.wait}` : (r.state ?? 'unknown');
        counts.set(key, (counts.get(key) ?? 0) + 1);
        seen++;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await done;
      const shares: Record<string, number> = {};
      for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) shares[key] = n / Math.max(seen, 1);
      return { samples, shares, connections: seen / Math.max(samples, 1) };
    },
  };
}

export interface StatementCost {
  query: string;
  calls: number;
  meanMs: number;
  totalMs: number;
}

/** Whether the server tracks statements (pg_stat_statements loaded); creates the extension in `databaseUrl`. */
export async function statementsTracked(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
    return true;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

export async function resetStatements(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('SELECT pg_stat_statements_reset()').finally(() => client.end());
}

/** The statements run in `database` since the last reset, most total time first. */
export async function topStatements(
  databaseUrl: string,
  database: string,
  limit = 12,
): Promise<StatementCost[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string; calls: string; mean: number; total: number }>(
      `SELECT s.query, s.calls, s.mean_exec_time AS mean, s.total_exec_time AS total
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1 AND s.query NOT ILIKE '%pg_stat_%'
        ORDER BY s.calls DESC LIMIT $2`,
      [database, limit],
    );
    return rows.map((r) => ({
      query: r.query.replace(/\s+/g, ' ').slice(0, 110),
      calls: Number(r.calls),
      meanMs: r.mean,
      totalMs: r.total,
    }));
  } finally {
    await client.end();
  }
}
