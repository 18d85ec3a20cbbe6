// Serves generated articles at /articles/<slug>.json for one browser context, as a static host would:
// from a local HTTP server, which the browser reads over its own network stack. (Fulfilling the route
// with the body instead sends it through the DevTools protocol, base64 and all: for 15 MB that took
// 300-800 ms, which no reader waits for and which bench:ui counted as the reader's.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import type { Article } from '../../../src/article/schema';

const bodies = new Map<string, Buffer>();
let server: Promise<string> | null = null;

/** One server per process, unref'd so that it never keeps the process alive; returns its origin. */
function origin(): Promise<string> {
  server ??= new Promise((resolve) => {
    const s: Server = createServer((req, res) => {
      const body = bodies.get(decodeURIComponent(req.url ?? '').slice(1));
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    );
    s.unref();
  });
  return server;
}

/** Routes each article's URL to its JSON; returns the JSON's size in bytes per slug. */
export async function serveArticles(context: BrowserContext, articles: Article[]) {
  const sizes = new Map<string, number>();
  const from = await origin();
  for (const article of articles) {
    const body = Buffer.from(JSON.stringify(article));
    bodies.set(article.slug, body);
    sizes.set(article.slug, body.length);
    await context.route(`**/articles/${article.slug}.json`, (route) =>
      route.continue({ url: `${from}/${encodeURIComponent(article.slug)}` }),
    );
  }
  return sizes;
}
