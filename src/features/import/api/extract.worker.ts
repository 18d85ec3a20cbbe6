// Runs the extractor off the main thread, so the import page never freezes on a long text.
import { extractArticle, type ExtractOptions } from '@/extract';

export interface ExtractRequest {
  text: string;
  options: ExtractOptions;
}

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  try {
    postMessage({ type: 'done', article: extractArticle(event.data.text, event.data.options) });
  } catch (err) {
    postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
