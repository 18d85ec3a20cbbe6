// extractArticle in a Web Worker where there is one; inline otherwise (tests, very old browsers).
import type { Article } from '@/article/schema';
import type { ExtractOptions } from '@/extract';

type Reply = { type: 'done'; article: Article } | { type: 'error'; message: string };

export async function runExtraction(text: string, options: ExtractOptions): Promise<Article> {
  if (typeof Worker === 'undefined') {
    const { extractArticle } = await import('@/extract');
    return extractArticle(text, options);
  }
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Article>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Reply>) =>
        e.data.type === 'done' ? resolve(e.data.article) : reject(new Error(e.data.message));
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage({ text, options });
    });
  } finally {
    worker.terminate();
  }
}
