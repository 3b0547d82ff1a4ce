/**
 * The portal's build. `npm start` builds it when needed (src/platform/web.ts);
 * `npm run dev:web` serves it with hot reload and sends /api to a service on
 * port 3000 (`npm start` in another terminal).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const DESIGN_SYSTEM_JS = /@rijkshuisstijl-community\/components-react\/dist\/index\.esm\.js$/;
const DESIGN_SYSTEM_CSS = path.resolve(
  import.meta.dirname,
  '../node_modules/@rijkshuisstijl-community/components-css/dist/index.css',
);
const INJECTED_CSS = /var (css_\w+) = ("(?:[^"\\]|\\.)*");\s*styleInject\(\1\);/;

/**
 * The design system's React module carries its whole stylesheet (350 KB) as a
 * string it injects in a <style> element at start; the portal already loads
 * the same stylesheet as a file (main.tsx). The copy is dropped from the
 * script, only while it is the same text byte for byte: if an upgrade makes
 * them differ, the script keeps it and the build says so.
 */
function dropDuplicateDesignSystemCss(): Plugin {
  return {
    name: 'ketenzicht-drop-duplicate-design-system-css',
    transform(code, id) {
      if (!DESIGN_SYSTEM_JS.test(id)) return null;
      const match = INJECTED_CSS.exec(code);
      const injected = match?.[2] ? (JSON.parse(match[2]) as string) : undefined;
      if (injected === undefined || injected !== fs.readFileSync(DESIGN_SYSTEM_CSS, 'utf8')) {
        this.warn('the design system injects CSS that differs from components-css: kept in the script');
        return null;
      }
      return { code: code.replace(INJECTED_CSS, ''), map: null };
    },
  };
}

/** Text files at least this large get a .br and a .gz beside them; smaller ones gain too little. */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside each
 * script, stylesheet and SVG of the build, once: the service sends them to a
 * browser that accepts them (@fastify/static's preCompressed), so no request
 * pays for compressing the portal's 1 MB design system again.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ketenzicht-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(options) {
      const dir = options.dir ?? outDir;
      const visit = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
          const file = path.join(folder, entry.name);
          if (entry.isDirectory()) visit(file);
          else if (/\.(js|css|svg|json|html)$/.test(entry.name)) {
            const content = fs.readFileSync(file);
            if (content.length < PRECOMPRESS_MIN_BYTES) continue;
            fs.writeFileSync(
              `${file}.br`,
              zlib.brotliCompressSync(content, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            );
            fs.writeFileSync(
              `${file}.gz`,
              zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
            );
          }
        }
      };
      visit(dir);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the portal's CSP allows files from this origin only.
    assetsInlineLimit: 0,
    // No source maps: the portal's source is public in its repository, and a 3.5 MB map is no use to a visitor.
    sourcemap: false,
    // The design system is one ES module of about 1 MB (its CSS and icons inlined) that cannot be split;
    // decision 0007. Warn when the bundle grows past it.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      // Brotli at its best quality takes a few seconds on purpose (precompress): no timing report for it.
      checks: { bundlerTimings: false },
      onwarn(warning, warn) {
        // The "use client" lines of React libraries mean nothing in a browser-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  plugins: [dropDuplicateDesignSystemCss(), precompress()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
