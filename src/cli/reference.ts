import { Command, Option } from 'commander';
import { todayInNetherlands as today } from '../platform/dates.ts';
import { defaultReferenceCatalog, OFFENCE_CATEGORIES } from '../reference/index.ts';
import { calendarDate } from './args.ts';

function print(rows: object[], json: boolean, columns: string[]): void {
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    console.log(columns.map((c) => String(record[c] ?? '')).join('\t'));
  }
}

export function referenceCommand(): Command {
  const reference = new Command('reference').description(
    'the reference data: institutions, municipalities, offences, titles',
  );
  const json = () => new Option('--json', 'print JSON');

  reference
    .command('institutions')
    .description('DJI institutions with sector, address and municipality')
    .addOption(new Option('--sector <sector>').choices(['GW', 'JJI', 'TBS']))
    .addOption(json())
    .action((options: { sector?: string; json?: boolean }) => {
      const catalog = defaultReferenceCatalog();
      const rows = catalog.data.institutions
        .filter((i) => !options.sector || i.sector === options.sector)
        .map((i) => ({ ...i, municipalityName: catalog.municipality(i.municipalityCode)?.name ?? null }));
      print(rows, Boolean(options.json), [
        'code',
        'sector',
        'name',
        'street',
        'houseNumber',
        'postalCode',
        'city',
        'municipalityCode',
        'municipalityName',
      ]);
    });

  reference
    .command('municipalities')
    .description('municipalities valid on a date (default today)')
    .option('--date <date>', 'YYYY-MM-DD', calendarDate)
    .option('--include-former', 'every code in the list, also those that ceased')
    .addOption(json())
    .action((options: { date?: string; includeFormer?: boolean; json?: boolean }) => {
      const catalog = defaultReferenceCatalog();
      const rows = options.includeFormer
        ? catalog.data.municipalities
        : catalog.municipalitiesOn(options.date ?? today());
      print(rows, Boolean(options.json), ['code', 'name', 'province', 'validFrom', 'validUntil']);
    });

  reference
    .command('resolve')
    .description('the municipality a (possibly former) code stands for on a date')
    .argument('<code>', 'CBS code, GM + 4 digits')
    .option('--date <date>', 'YYYY-MM-DD', calendarDate)
    .addOption(json())
    .action((code: string, options: { date?: string; json?: boolean }) => {
      const catalog = defaultReferenceCatalog();
      const resolved = catalog.resolveMunicipality(code, options.date ?? today());
      if (!resolved) {
        console.error(`unknown municipality code: ${code}`);
        process.exitCode = 1;
        return;
      }
      print([resolved], Boolean(options.json), ['code', 'name', 'province', 'validFrom', 'validUntil']);
    });

  reference
    .command('offences')
    .description('law articles and their offence category')
    .addOption(new Option('--category <category>', 'only this category').choices(OFFENCE_CATEGORIES))
    .addOption(json())
    .action((options: { category?: string; json?: boolean }) => {
      const rows = defaultReferenceCatalog().data.offences.filter(
        (o) => !options.category || o.category === options.category,
      );
      print(rows, Boolean(options.json), ['code', 'category', 'scmMainGroup', 'description']);
    });

  reference
    .command('titles')
    .description('detention titles')
    .addOption(json())
    .action((options: { json?: boolean }) => {
      print(defaultReferenceCatalog().data.titles, Boolean(options.json), ['kind', 'name', 'legalBasis']);
    });

  reference
    .command('sources')
    .description('where each list comes from')
    .addOption(json())
    .action((options: { json?: boolean }) => {
      print(defaultReferenceCatalog().data.sources, Boolean(options.json), [
        'list',
        'publisher',
        'retrieved',
        'licence',
      ]);
    });
  return reference;
}
