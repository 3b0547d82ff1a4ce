#!/usr/bin/env node
// The `ketenzicht` command. The code is TypeScript run by Node's own type
// stripping (Node 24+). Started by an older Node (the machine's), it hands
// over to the Node 24 the project pins as its `node` devDependency.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(pathToFileURL(path.join(here, '..', 'src', 'cli', 'main.ts')).href);
} else {
  const pinned = path.join(here, '..', 'node_modules', 'node', 'bin', 'node');
  const result = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.error) {
    console.error(`ketenzicht needs Node 24 or later (this is ${process.version}); run npm install first.`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}
