// Hands an article to the reader as a .json file: the way out when the browser cannot keep it.
import type { Article } from '@/article/schema';

export function downloadArticle(article: Article) {
  const blob = new Blob([`${JSON.stringify(article, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${article.slug}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
