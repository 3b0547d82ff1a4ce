/** What most commands do: open the configured, migrated store, run, close. */
import { loadConfig } from '../platform/config.ts';
import { openStore } from '../platform/store.ts';

export type Store = Awaited<ReturnType<typeof openStore>>;

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
