// Route loaders fill the query client they are given: a route can be tested with a client of its own,
// and two clients never share an article.
import { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { libraryLoader } from '@/app/routes/library';
import { readerLoader } from '@/app/routes/reader/reader-route';
import { fakeFetch } from '@/testing/render-app';
import { files, seed, SLUG } from './fixtures';

const args = (slug: string) =>
  ({
    params: { slug },
    request: new Request(`http://localhost/a/${slug}`),
  }) as unknown as LoaderFunctionArgs;
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

beforeEach(() => vi.stubGlobal('fetch', vi.fn(fakeFetch(files()))));
afterEach(() => vi.unstubAllGlobals());

describe('route loaders', () => {
  it('the reader loader puts the article in its own client and no other', async () => {
    const mine = newClient();
    const other = newClient();
    await readerLoader(mine)(args(SLUG));
    expect(mine.getQueryData(['articles', 'detail', SLUG])).toMatchObject({ title: seed.title });
    expect(other.getQueryData(['articles', 'detail', SLUG])).toBeUndefined();
  });

  it('the reader loader answers an unknown article with a 404 naming it', async () => {
    const thrown = await readerLoader(newClient())(args('no-such-article')).catch((e) => e);
    expect(thrown).toMatchObject({ data: { slug: 'no-such-article' }, init: { status: 404 } });
  });

  it('the library loader fills the manifest and the first page, and leaves a failure to the page', async () => {
    const client = newClient();
    const home = { request: new Request('http://localhost/') } as unknown as LoaderFunctionArgs;
    await libraryLoader(client)(home);
    expect(client.getQueryData(['collection', 'manifest'])).toMatchObject({ articles: 1 });
    expect(client.getQueryData(['collection', 'page', 1])).toMatchObject({
      entries: [{ slug: SLUG }],
    });
    vi.stubGlobal('fetch', vi.fn(fakeFetch({})));
    await expect(libraryLoader(newClient())(home)).resolves.toBeNull();
  });
});
