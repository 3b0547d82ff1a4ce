/**
 * The portal (web/, React + Vite) served by the service itself: one process,
 * one port. The built files are static; every other path that is not the API
 * gets index.html, so the browser's router shows the page (or its own "not
 * found"). The portal has its own Content-Security-Policy: scripts, fonts
 * and images from this origin only. Styles may also be inline: the design
 * system's React components would inject their CSS in a <style> element at
 * run time (the build drops that copy while it equals the stylesheet the
 * portal loads, web/vite.config.ts), and inline style carries no script.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX, type App } from './server.ts';

/** The front end's source folder, and where `vite build` writes it. */
export const WEB_SOURCE = path.resolve(import.meta.dirname, '../../web');
export const WEB_DIST = path.join(WEB_SOURCE, 'dist');

const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Besides web/ itself, the portal is built from these: the service's
 * import-free model files it shares (codes of roles, notices and sources,
 * the shape of published tables), the definitions of the published figures
 * (served as /cijfers/definities) and the locked dependencies.
 */
const SHARED_SOURCES = [
  '../src/access/model.ts',
  '../src/notifications/model.ts',
  '../src/events/sources.ts',
  '../src/statistics/published.ts',
  '../docs/definitions.md',
  '../package-lock.json',
].map((file) => path.resolve(WEB_SOURCE, file));

/** The last change to a file the portal is built from. */
function newestSourceChange(): number {
  let newest = 0;
  for (const file of SHARED_SOURCES)
    if (fs.existsSync(file)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      // dist, and the dist.building-* and dist.old-* folders of a build in progress, are output, not source.
      for (const name of fs.readdirSync(entry)) if (!name.startsWith('dist')) visit(path.join(entry, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(WEB_SOURCE);
  return newest;
}

/** Whether web/dist is missing or older than a file in web/. */
export function webBuildNeeded(dist = WEB_DIST): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return true;
  return fs.statSync(index).mtimeMs < newestSourceChange();
}

/**
 * Builds the portal into `dist` when it is missing or out of date. It is built
 * into a new folder that then takes the old one's place, so a service that
 * serves the old build, or a second build at the same time, never sees half a
 * build.
 */
export async function ensureWebBuild(options: { dist?: string; log?: (message: string) => void } = {}) {
  const dist = options.dist ?? WEB_DIST;
  if (!webBuildNeeded(dist)) return { built: false, dist };
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'the portal is not built and Vite is not installed: run `npm install` (or build it with `npm run build:web` where the dev dependencies are)',
    );
  }
  options.log?.('building the portal (web/) with Vite …');
  const building = `${dist}.building-${process.pid}-${Date.now()}`;
  await vite.build({
    configFile: path.join(WEB_SOURCE, 'vite.config.ts'),
    build: { outDir: building, emptyOutDir: true },
    logLevel: 'warn',
  });
  const old = `${dist}.old-${process.pid}-${Date.now()}`;
  if (fs.existsSync(dist)) fs.renameSync(dist, old);
  try {
    fs.renameSync(building, dist);
  } catch (error) {
    // Another build won the race: keep theirs.
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw error;
    fs.rmSync(building, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
  return { built: true, dist };
}

/** The preload of the public dashboard's overview, as a Link header of /cijfers. */
export const OVERVIEW_PRELOAD = `<${API_PREFIX}/open-data/overview>; rel=preload; as=fetch; crossorigin=anonymous`;

/** Serves the built portal from `dist` at `/`, in a scope of its own. */
export async function webRoutes(app: App, options: { dist: string }): Promise<void> {
  const index = fs.readFileSync(path.join(options.dist, 'index.html'));
  await app.register(async (scope) => {
    scope.addHook('onSend', async (request, reply, payload) => {
      reply.header('Content-Security-Policy', PORTAL_CSP);
      // Vite's file names carry a content hash, so they never change; the page itself is checked every time,
      // and so is a missing asset (it may be there after the next build).
      const hashed = request.url.startsWith('/assets/') && reply.statusCode === 200;
      reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      return payload;
    });
    await scope.register(fastifyStatic, {
      root: options.dist,
      wildcard: false,
      index: false,
      cacheControl: false,
      serveDotFiles: false,
      // The build writes a .br and a .gz beside each script and stylesheet (web/vite.config.ts): sent to a
      // browser that accepts them, with Content-Encoding and Vary, so nothing is compressed per request.
      preCompressed: true,
    });
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      // The public dashboard's first screen is fetched with the page, not after its scripts
      // (web/src/features/dashboard/api/get-overview.ts takes the answer over); only there, so no
      // other page fetches what it does not use.
      if (request.url.split('?')[0]?.replace(/\/$/, '') === '/cijfers')
        reply.header('Link', OVERVIEW_PRELOAD);
      return reply.type('text/html; charset=utf-8').send(index);
    };
    scope.get('/', { schema: { hide: true } }, page);
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      // An unknown API path stays a problem+json 404; an asset that is not there is not a page either.
      if (request.url.startsWith(`${API_PREFIX}/`) || request.url.startsWith('/assets/'))
        return reply.callNotFound();
      return page(request, reply);
    });
  });
}
