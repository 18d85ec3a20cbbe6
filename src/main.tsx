// The base styles first: each feature's own sheet, imported by its components, comes after.
import './styles/app.css';

/**
 * A pre-rendered page is on screen as soon as its HTML is: the app's code (React and the routes) is
 * fetched and run only after that first frame, so that it never holds back the page's first paint.
 * A page without content (the shell) starts at once. A hidden tab paints no frame: a timeout stands in.
 */
const afterFirstFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

const root = document.getElementById('root');
if (root) {
  const ready = root.dataset.prerendered ? afterFirstFrame() : Promise.resolve();
  void ready.then(() => import('./app/start')).then(({ startApp }) => startApp(root));
}
