/** The return-path rule shared by the OIDC login and the portal's login page (ASVS 5.1.5). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normaliseReturnPath, PORTAL_SECTIONS } from '../src/access/return-path.ts';

describe('normaliseReturnPath', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    // Portal pages, as they are and after the browser's normalisation.
    ['/', '/'],
    ['/raadplegen', '/raadplegen'],
    ['/raadplegen/', '/raadplegen/'],
    ['/raadplegen?q=1#top', '/raadplegen?q=1#top'],
    ['/raadplegen/10000004', '/raadplegen/10000004'],
    ['/berichtenbox/bij/42', '/berichtenbox/bij/42'],
    ['/operaties/wachtrij', '/operaties/wachtrij'],
    ['/beheer', '/beheer'],
    ['/cijfers/ketenstroom', '/cijfers/ketenstroom'],
    ['/a/../raadplegen', '/raadplegen'],
    ['/./raadplegen', '/raadplegen'],
    ['/cijfers/./recidive', '/cijfers/recidive'],
    ['/berichtenbox/bij/%2e%2e/re-integratie', '/berichtenbox/re-integratie'],
    ['/beheer/%2E%2e/operaties', '/operaties'],
    ['/raadplegen?terug=//evil.example', '/raadplegen?terug=//evil.example'],
    ['/raadplegen?q=a b', '/raadplegen?q=a%20b'],
    ['/cijfers#é', '/cijfers#%C3%A9'],
    // The finding: a check before dot-segments are resolved lets these through as //evil.example.
    ['/..//evil.example', undefined],
    ['/.//evil.example', undefined],
    ['/a/..//evil.example', undefined],
    ['/%2e%2e//evil.example', undefined],
    ['/%2E%2E//evil.example', undefined],
    ['/%2e%2E//evil.example', undefined],
    ['/%2e//evil.example', undefined],
    ['/x/../..//evil.example', undefined],
    ['/raadplegen/..//evil.example', undefined],
    ['/raadplegen/../../..//evil.example', undefined],
    // Backslashes, which browsers read as slashes, plain or encoded.
    ['/\\evil.example', undefined],
    ['\\\\evil.example', undefined],
    ['/raadplegen\\..\\..\\\\evil.example', undefined],
    ['/%5cevil.example', undefined],
    ['/%5C%5Cevil.example', undefined],
    // Tabs and newlines, which browsers drop, plain or encoded.
    ['/\t/evil.example', undefined],
    ['/\n/evil.example', undefined],
    ['/\r\n/evil.example', undefined],
    ['/raadplegen\t', undefined],
    ['/%09/evil.example', undefined],
    ['/%0a/evil.example', undefined],
    ['/\u0000raadplegen', undefined],
    // Encoded slashes and double encoding, for a decoder further down the line.
    ['/%2f%2fevil.example', undefined],
    ['/%2F%2Fevil.example', undefined],
    ['/raadplegen%2f..%2f..%2f%2fevil.example', undefined],
    ['/raadplegen/%2f%2fevil.example', undefined],
    ['/%252e%252e//evil.example', undefined],
    ['/raadplegen/%252e%252e', undefined],
    // Empty segments inside the portal: same site, but not a page.
    ['/raadplegen//evil.example', undefined],
    ['/raadplegen///', undefined],
    // Other sites and schemes.
    ['//evil.example', undefined],
    ['///evil.example', undefined],
    ['https://evil.example/', undefined],
    ['HTTPS://evil.example/raadplegen', undefined],
    ['https://ketenzicht.invalid/raadplegen', undefined],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/raadplegen@evil.example', undefined],
    // Not a page of the portal.
    ['', undefined],
    [' /raadplegen', undefined],
    ['raadplegen', undefined],
    ['/personen', undefined],
    ['/inloggen', undefined],
    ['/inloggen?terug=/raadplegen', undefined],
    ['/api/v1/sessie', undefined],
    ['/raadplegenx', undefined],
    ['/RAADPLEGEN', undefined],
    [`/raadplegen/${'a'.repeat(1000)}`, undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)?.slice(0, 60)} → ${expected ?? 'refused'}`, () => {
      assert.equal(normaliseReturnPath(input), expected);
    });
  }

  it('keeps every answer on this site, on a page of the portal, and is stable when applied again', () => {
    const pieces = fc.constantFrom(
      '/',
      '//',
      '.',
      '..',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '%09',
      '\t',
      '?',
      '#',
      '@',
      ':',
      'evil.example',
      'https:',
      ...PORTAL_SECTIONS,
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const input = parts.join('');
        const output = normaliseReturnPath(input);
        if (output === undefined) return;
        for (const origin of ['https://ketenzicht.example', 'http://localhost:3000']) {
          assert.equal(new URL(output, origin).origin, origin, `${JSON.stringify(input)} → ${output}`);
        }
        assert.ok(output.startsWith('/') && !output.startsWith('//'));
        const section = new URL(output, 'https://x.example').pathname.split('/')[1] ?? '';
        assert.ok(
          output === '/' ||
            output.startsWith('/?') ||
            output.startsWith('/#') ||
            PORTAL_SECTIONS.includes(section as never),
        );
        assert.equal(normaliseReturnPath(output), output, 'normalised once is normalised');
      }),
      { numRuns: 5000 },
    );
  });
});
