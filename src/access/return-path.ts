/**
 * Where a login may send the browser afterwards (ASVS 5.1.5): only a page of
 * the portal. The service's OIDC login (oidc.ts) and the portal's login page
 * (web/src/features/auth/LoginPage.tsx) both use this rule, so this file
 * imports nothing and runs in Node and in the browser alike.
 *
 * The value is first read the way a browser reads it (WHATWG URL against a
 * fixed origin: tabs and newlines dropped, `\` taken for `/`, `.`, `..`,
 * `%2e` and `%2E` segments resolved) and only then checked, because a check
 * on the raw text is what `/..//evil.example` slips past: it starts with one
 * slash, and becomes `//evil.example` once resolved.
 */

/**
 * The first segment of every page of the portal (web/src/app/router.tsx and
 * the features' routes.tsx), besides the start page `/`. The login page
 * itself is left out: returning there after a login goes nowhere.
 */
export const PORTAL_SECTIONS = ['raadplegen', 'berichtenbox', 'operaties', 'beheer', 'cijfers'] as const;

/** A fixed origin to resolve against; `.invalid` can never be a real host (RFC 2606). */
const PROBE_ORIGIN = 'https://ketenzicht.invalid';

/**
 * Segments of a portal path: what the portal's own routes use (words,
 * numbers, hyphens, opaque base64url handles). No `%`, so nothing encoded
 * (`%2f`, `%5c`, a double-encoded `%252e`) is left for a later decoder to
 * turn into a separator.
 */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `value` as the path of a portal page on this site (path, query and
 * fragment, normalised), or undefined when it is anything else: another
 * site, another scheme, a path that is not the portal's, or one that only
 * becomes a path after a browser has cleaned it up.
 */
export function normaliseReturnPath(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return undefined;
  // Browsers drop tabs and newlines and read `\` as `/`; a value that needs that is not an honest path.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (!value.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PROBE_ORIGIN || url.username !== '' || url.password !== '') return undefined;
  if (!isPortalPath(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether a resolved pathname is `/` or lies in one of the portal's sections. */
function isPortalPath(pathname: string): boolean {
  if (pathname === '/') return true;
  const segments = pathname.slice(1).split('/');
  // A trailing slash leaves one empty segment at the end; an empty one anywhere else is `//`.
  if (segments.at(-1) === '') segments.pop();
  const [section] = segments;
  return (
    section !== undefined &&
    (PORTAL_SECTIONS as readonly string[]).includes(section) &&
    segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..')
  );
}
