// The server side of pre-rendering (scripts/vite/prerender.ts): renders a page at a URL as static HTML
// through the same routes, loaders and components as the browser, in Vietnamese, with the collection's
// files read from disk in place of the network. main.tsx then hydrates that HTML.
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { articleQuery } from '@/features/reader';
import { Providers } from './app/providers';
import { createRoutes } from './app/router';
import i18n, { i18nReady, PRERENDERED_LANGUAGE } from './i18n';

/** Answers a fetch of `/articles/…` with the file `read` returns, or a 404 when it returns null. */
export type ReadArticlesFile = (path: string) => string | null;

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The page's title, as the page itself sets it once it runs. */
  title: string;
}

async function toString(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Uint8Array));
  return Buffer.concat(parts).toString('utf8');
}

/**
 * Renders `path` with every lazy part loaded (react-dom/static waits for them), so the HTML holds the
 * whole page: the article, its contents and its sidebar. Throws when the route answers with an error
 * (a missing article is not pre-rendered).
 */
export async function renderPage(path: string, read: ReadArticlesFile): Promise<RenderedPage> {
  await i18nReady;
  await i18n.changeLanguage(PRERENDERED_LANGUAGE);
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://prerender');
    const text = url.pathname.startsWith('/articles/')
      ? read(decodeURIComponent(url.pathname.slice('/articles/'.length)))
      : null;
    return text === null
      ? new Response('not found', { status: 404 })
      : new Response(text, { headers: { 'content-type': 'application/json' } });
  };
  try {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const handler = createStaticHandler(createRoutes(client));
    const context = await handler.query(new Request(`http://prerender${path}`));
    if (context instanceof Response) throw new Error(`${path}: answered ${context.status}`);
    if (context.errors) throw new Error(`${path}: ${JSON.stringify(context.errors)}`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <Providers client={client}>
          {/* hydrate={false}: no inline script with the loaders' data (the CSP forbids it); the
              browser runs the loaders again, from files main.tsx has already asked for. */}
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </Providers>
      </StrictMode>,
      // Every part inline, in order: React would otherwise move a large part to the end of the page
      // with an inline script to put it back, which the Content-Security-Policy forbids.
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    return { html: await toString(prelude), title: pageTitle(path, client) };
  } finally {
    globalThis.fetch = realFetch;
  }
}

function pageTitle(path: string, client: QueryClient): string {
  const slug = /^\/a\/([^/]+)$/.exec(path)?.[1];
  const article = slug
    ? client.getQueryData(articleQuery(decodeURIComponent(slug)).queryKey)
    : undefined;
  return `${article ? article.title : i18n.t('library.title')} — docbao`;
}
