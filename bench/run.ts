/**
 * `npm run bench`: every benchmark, each in its own process, recording its
 * figures in bench/RESULTS.md (about 25 minutes; the person view loads a
 * simulated decade into PostgreSQL). Pass --quick for smaller sizes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
const quick = process.argv.includes('--quick');
const benchmarks: [string, string[]][] = [
  ['ingest.ts', ['--record', '--events', quick ? '20000' : '100000']],
  ['simulate.ts', ['--record']],
  ['ingest.ts', ['--record', '--kind', 'chain']],
  [
    'person-view.ts',
    ['--record', '--preset', quick ? 'national-year' : 'national-decade', '--rate', '3000,300'],
  ],
];
for (const [file, args] of benchmarks) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  execFileSync(process.execPath, [path.join(here, file), ...args], { stdio: 'inherit' });
}
