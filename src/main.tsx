// The base styles first: each feature's own sheet, imported by its components, comes after.
import './styles/app.css';

/**
 * A pre-rendered page is readable as soon as its HTML is painted: the app's code (React and the
 * routes) is fetched and run only once the browser reports that first paint, so that it never holds
 * the paint back or competes with it for the network. A page without content (the shell) starts at
 * once; a browser that reports no paint (or a hidden tab, which paints nothing) starts after a second.
 */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing: the timeout starts the app.
    }
  });

/**
 * Asks for the article a reader URL names while the app's code downloads, so that its loader finds it
 * there. Not before the first paint: nothing the page does not need to paint competes with it.
 */
function prefetchArticle() {
  const slug = /^\/a\/([a-z0-9-]+)\/?$/.exec(window.location.pathname)?.[1];
  if (!slug) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = `/articles/${slug}.json`;
  document.head.append(link);
}

const root = document.getElementById('root');
if (root) {
  const ready = root.dataset.prerendered ? afterFirstPaint() : Promise.resolve();
  void ready
    .then(() => {
      prefetchArticle();
      return import('./app/start');
    })
    .then(({ startApp }) => startApp(root));
}
