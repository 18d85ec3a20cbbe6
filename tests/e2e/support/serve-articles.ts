// Serves generated articles at /articles/<slug>.json for one browser context, as a static host would.
import type { BrowserContext } from 'playwright-core';
import type { Article } from '../../../src/article/schema';

/** Routes each article's URL to its JSON; returns the JSON's size in bytes per slug. */
export async function serveArticles(context: BrowserContext, articles: Article[]) {
  const sizes = new Map<string, number>();
  for (const article of articles) {
    const body = JSON.stringify(article);
    sizes.set(article.slug, Buffer.byteLength(body));
    await context.route(`**/articles/${article.slug}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  }
  return sizes;
}
