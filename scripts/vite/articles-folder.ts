// Serves a collection folder written by `npm run ingest -- DIR --out OUT` at /articles/, in place of
// public/articles: `DOCBAO_ARTICLES=OUT npm run build` copies it into dist/articles, and `npm run dev`
// and `npm run preview` serve it. Without the variable nothing changes.
import { cpSync, createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const SKIP = /(^|\/)\.ingest-state\.json$|\.tmp$/;

export function articlesFolder(folder: string | undefined): Plugin | null {
  if (!folder) return null;
  const root = resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new Error(`DOCBAO_ARTICLES: ${folder} is not a folder`);
  let outDir = 'dist';
  // A dev server also calls closeBundle when it closes, and the pre-render runs one (with the default
  // outDir): only a build copies the collection, into its own outDir.
  let building = false;
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
    if (!url.startsWith('/articles/')) return next();
    const path = normalize(join(root, url.slice('/articles/'.length)));
    if (
      !path.startsWith(root + sep) ||
      SKIP.test(path) ||
      !existsSync(path) ||
      !statSync(path).isFile()
    )
      return next();
    res.setHeader('content-type', 'application/json; charset=utf-8');
    createReadStream(path).pipe(res);
  };
  return {
    name: 'docbao-articles-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
    closeBundle() {
      if (!building) return;
      const target = join(outDir, 'articles');
      rmSync(target, { recursive: true, force: true });
      cpSync(root, target, { recursive: true, filter: (src) => !SKIP.test(src) });
    },
  };
}
