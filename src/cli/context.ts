/** What most commands do: open the configured, migrated store, run, close. */
import { type Config, loadConfig } from '../platform/config.ts';
import { openStore } from '../platform/store.ts';

export type Store = Awaited<ReturnType<typeof openStore>>;

/** `fn` gets the store and the configuration it was opened with, so a command loads the configuration once. */
export async function withStore<T>(fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
