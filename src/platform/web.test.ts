import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { webBuildNeeded } from './web.ts';

describe('webBuildNeeded', () => {
  it('asks for a build when there is none, and not when the build is newer than every source', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenzicht-dist-'));
    try {
      assert.equal(webBuildNeeded(dist), true);
      fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
      const future = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(dist, 'index.html'), future, future);
      assert.equal(webBuildNeeded(dist), false);
      const past = new Date('2000-01-01T00:00:00Z');
      fs.utimesSync(path.join(dist, 'index.html'), past, past);
      assert.equal(webBuildNeeded(dist), true, 'a source changed after the build');
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
