/** The portal's API types (web/src/api/schema.d.ts) are the ones the service's OpenAPI document gives today. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { generateApiTypes, REGENERATE, SCHEMA_FILE } from '../bin/openapi-types/generate.ts';

describe('web/src/api/schema.d.ts', () => {
  it('matches the types generated from the OpenAPI document', async () => {
    const [checkedIn, generated] = await Promise.all([readFile(SCHEMA_FILE, 'utf8'), generateApiTypes()]);
    assert.ok(
      checkedIn === generated,
      `web/src/api/schema.d.ts is out of date with the API's routes: run \`${REGENERATE}\` and commit the result`,
    );
  });
});
