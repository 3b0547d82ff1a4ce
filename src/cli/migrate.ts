import { Command } from 'commander';
import { withStore } from './context.ts';

export function migrateCommand(): Command {
  return new Command('migrate').description('bring the database schema to the latest migration').action(() =>
    withStore(async (store) => {
      console.log(
        store.migrated.length > 0
          ? `applied ${store.migrated.join(', ')} to ${store.location}`
          : `${store.location} is up to date`,
      );
    }),
  );
}
