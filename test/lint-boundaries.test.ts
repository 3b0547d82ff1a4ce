/**
 * The module boundaries are enforced by lint (biome.json), not by prose:
 * probe files with a deliberate violation each must be refused, and the
 * imports the architecture allows must pass. The probes are written into
 * src/ (Biome resolves the overrides by path) and removed again.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');
const tag = `zz-lint-probe-${process.pid}`;
const written: string[] = [];

function probe(relative: string, source: string): string {
  const file = path.join(ROOT, relative.replace('PROBE', tag));
  fs.writeFileSync(file, source);
  written.push(file);
  return path.relative(ROOT, file);
}

interface Diagnostic {
  category: string;
  location: { path: string };
}

/** Biome's lint findings for `files`, as the lint script would give them. */
async function lint(files: string[]): Promise<Diagnostic[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(BIOME, ['lint', '--reporter=json', ...files], { cwd: ROOT }));
  } catch (error) {
    ({ stdout } = error as { stdout: string });
  }
  return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) =>
    d.category.startsWith('lint/'),
  );
}

const rulesOf = (diagnostics: Diagnostic[], file: string) =>
  diagnostics
    .filter((d) => path.resolve(ROOT, d.location.path) === path.resolve(ROOT, file))
    .map((d) => d.category);

describe('lint: module boundaries (biome.json)', () => {
  after(() => {
    for (const file of written) fs.rmSync(file, { force: true });
  });

  it('refuses each deliberate violation and lets the allowed imports pass', async () => {
    const cycleA = probe(
      'src/alerts/PROBE-a.ts',
      `import { b } from './${tag}-b.ts';\n\nexport const a = (): number => b();\n`,
    );
    const cycleB = probe(
      'src/alerts/PROBE-b.ts',
      `import { a } from './${tag}-a.ts';\n\nexport const b = (): number => a();\n`,
    );
    const pipelineImportsDomain = probe(
      'src/ingest/PROBE.ts',
      "import { loadHistory } from '../detention/index.ts';\n\nexport const probe = loadHistory;\n",
    );
    const leafImportsModule = probe(
      'src/events/PROBE.ts',
      "import { defaultReferenceCatalog } from '../reference/index.ts';\n\nexport const probe = defaultReferenceCatalog;\n",
    );
    const leafAllowed = probe(
      'src/events/PROBE-bsn.ts',
      "import { isValidBsn } from '../identity/bsn.ts';\nimport type { Db } from '../platform/db.ts';\n\nexport const probe = isValidBsn;\nexport type Probe = Db;\n",
    );
    const internals = probe(
      'src/alerts/PROBE-internals.ts',
      "import { loadHistory } from '../detention/store.ts';\n\nexport const probe = loadHistory;\n",
    );
    const throughIndex = probe(
      'src/alerts/PROBE-index.ts',
      "import { loadHistory } from '../detention/index.ts';\nimport type { Db } from '../platform/db.ts';\n\nexport const probe = loadHistory;\nexport type Probe = Db;\n",
    );
    const rootInternals = probe(
      'src/PROBE.ts',
      "import { loadHistory } from './detention/store.ts';\n\nexport const probe = loadHistory;\n",
    );
    const diagnostics = await lint([
      cycleA,
      cycleB,
      pipelineImportsDomain,
      leafImportsModule,
      leafAllowed,
      internals,
      throughIndex,
      rootInternals,
    ]);
    assert.deepEqual(rulesOf(diagnostics, cycleA), ['lint/suspicious/noImportCycles']);
    assert.deepEqual(rulesOf(diagnostics, cycleB), ['lint/suspicious/noImportCycles']);
    assert.deepEqual(rulesOf(diagnostics, pipelineImportsDomain), ['lint/style/noRestrictedImports']);
    assert.deepEqual(rulesOf(diagnostics, leafImportsModule), ['lint/style/noRestrictedImports']);
    assert.deepEqual(rulesOf(diagnostics, internals), ['lint/style/noRestrictedImports']);
    assert.deepEqual(rulesOf(diagnostics, rootInternals), ['lint/style/noRestrictedImports']);
    assert.deepEqual(rulesOf(diagnostics, leafAllowed), []);
    assert.deepEqual(rulesOf(diagnostics, throughIndex), []);
  });

  it('finds no violation in the tree as it is', async () => {
    const diagnostics = await lint(['src']);
    const boundaries = diagnostics.filter(
      (d) =>
        !d.location.path.includes(tag) &&
        ['lint/suspicious/noImportCycles', 'lint/style/noRestrictedImports'].includes(d.category),
    );
    assert.deepEqual(boundaries, []);
  });
});
