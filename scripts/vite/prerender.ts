// Pre-renders the library and each article's reader page at build (src/entry-server.tsx renders them
// with the app's own components), so that a page shows its text before any JavaScript runs and reads
// without it. Writes, from the built index.html:
//   dist/index.html      the library (`/`)
//   dist/a/<slug>.html   each article's reader page (`/a/<slug>`; static servers and the service
//                        worker map the clean URL to the file)
//   dist/shell.html      the page without content, for every other route (import, people, /mine/…)
// It runs when the files are written, before the service worker is generated, so all are precached.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { createServer, type Connect, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../../config/csp.ts';
import type { ReadArticlesFile, RenderedPage } from '../../src/entry-server';

/** A collection larger than this gets its first articles pre-rendered; the rest open through the shell. */
const MAX_ARTICLES = 200;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g;

/**
 * The shell made into a pre-rendered page's frame: every stylesheet of the app (a few KB) inlined in
 * one <style>, so that the text paints without waiting for another request (the sheets of lazily
 * loaded parts too: the page holds those parts already), and the Content-Security-Policy recomputed
 * with that style's hash. Each inlined sheet stays named by a disabled <link>, which the browser
 * neither fetches nor applies: Vite's loader of lazy parts looks for a sheet's <link> before adding
 * one, and adding them all again once the app starts cost a fetch, a parse and a restyle of the
 * whole page each, on the main thread while it hydrates.
 */
export function pageFrame(shell: string, outDir: string): string {
  const linked = [...shell.matchAll(STYLESHEET)].map((m) => m[1]!);
  const lazy = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `assets/${f}`)
    .filter((f) => !linked.includes(f))
    .sort();
  const css = [...linked, ...lazy].map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
  const named = [...linked, ...lazy]
    .map((f) => `<link rel="stylesheet" href="/${f}" disabled>`)
    .join('\n    ');
  const frame = shell
    .replace(STYLESHEET, '')
    .replace('</head>', `<style>${css}</style>\n    ${named}\n  </head>`);
  const styles = [...frame.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return frame.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/,
    (_, start: string) => `${start}${contentSecurityPolicy(styles)}"`,
  );
}

/** The frame with `page` in #root, marked with the path it was rendered for. */
export function fillFrame(frame: string, path: string, page: RenderedPage): string {
  const root = /<div id="root">[\s\S]*?<\/div>\s*<\/div>/;
  if (!root.test(frame)) throw new Error('prerender: index.html has no <div id="root">');
  return frame
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(
      root,
      () => `<div id="root" data-prerendered="${escapeHtml(path)}">${page.html}</div>`,
    );
}

function readerFrom(folder: string): ReadArticlesFile {
  const root = resolve(folder);
  return (path) => {
    const file = normalize(join(root, path));
    return file.startsWith(root + sep) && existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
}

async function prerender(outDir: string, articlesFolder: string) {
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, 'shell.html'), shell);
  const frame = pageFrame(shell, outDir);
  const read = readerFrom(articlesFolder);
  const index = JSON.parse(read('index.json') ?? '{"articles":[]}') as {
    articles: { slug: string }[];
  };
  const slugs = index.articles.map((a) => a.slug);
  const server = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { renderPage } = (await server.ssrLoadModule(
      '/src/entry-server.tsx',
    )) as typeof import('../../src/entry-server');
    writeFileSync(join(outDir, 'index.html'), fillFrame(frame, '/', await renderPage('/', read)));
    mkdirSync(join(outDir, 'a'), { recursive: true });
    for (const slug of slugs.slice(0, MAX_ARTICLES)) {
      const path = `/a/${slug}`;
      writeFileSync(
        join(outDir, 'a', `${slug}.html`),
        fillFrame(frame, path, await renderPage(path, read)),
      );
    }
  } finally {
    await server.close();
  }
  const skipped =
    slugs.length > MAX_ARTICLES ? ` (of ${slugs.length}; the rest use the shell)` : '';
  console.log(
    `prerender: the library and ${Math.min(slugs.length, MAX_ARTICLES)} articles${skipped}`,
  );
}

/**
 * `vite preview` answers an unknown path with index.html, which is now the library: a route that has
 * no page of its own gets the shell instead, as a static server would be told to (docs/security.md).
 */
const serveShell =
  (outDir: () => string): Connect.NextHandleFunction =>
  (req, _res, next) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const page = req.headers.accept?.includes('text/html') && !/\.[a-z0-9]+$/i.test(path);
    if (page && path !== '/' && !existsSync(join(outDir(), `${path}.html`)))
      req.url = '/shell.html';
    next();
  };

export function prerenderPlugin(articlesFolder: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'docbao-prerender',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    configurePreviewServer: (server) => void server.middlewares.use(serveShell(() => outDir)),
    writeBundle: {
      sequential: true,
      handler: () => prerender(outDir, articlesFolder),
    },
  };
}
