// Timing helpers run inside the page: when the article's first paragraph appeared, the longest
// main-thread task, and how long the language switch takes from click to the painted frame.
import type { BrowserContext, Page } from 'playwright-core';

/** Marks `article-visible` when the first paragraph appears, and keeps the longest task in __longest. */
export async function trackPaintAndTasks(context: BrowserContext) {
  await context.addInitScript(`
    new MutationObserver((_, observer) => {
      if (document.querySelector('article p')) {
        performance.mark('article-visible');
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  `);
}

/** Milliseconds from a click on the language button until the contents' label is in that language. */
export async function timeToSwitch(page: Page, to: 'en' | 'vi'): Promise<number> {
  // Written as source text: the page runs it as it is (tsx would add helpers the page lacks).
  const label = to === 'en' ? 'Contents' : 'Mục lục';
  return page.evaluate(`(async () => {
    const button = document.querySelector('.lang-switch button[lang="${to}"]');
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      if (document.querySelector('nav[aria-label="${label}"]')) return resolve();
      const observer = new MutationObserver(() => {
        if (document.querySelector('nav[aria-label="${label}"]')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // Until the frame with the new strings is painted.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  })()`) as Promise<number>;
}
