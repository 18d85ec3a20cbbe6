// Runs before the first paint (a classic script in <head>, so that no inline script is needed and the
// Content-Security-Policy can forbid them): the remembered theme and text size, and an early fetch of
// the article a reader link names, while the app's code downloads.
(function () {
  // Scripts run: the stylesheets hide what only works with them when this mark is missing.
  document.documentElement.setAttribute('data-js', '');
  try {
    var theme = JSON.parse(localStorage.getItem('docbao.theme'));
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    var size = JSON.parse(localStorage.getItem('docbao.size'));
    if (typeof size === 'number') {
      document.documentElement.style.setProperty('--text-scale', String(size));
    }
  } catch {
    // No storage: the system theme and the default size.
  }
  var m = location.pathname.match(/^\/a\/([a-z0-9-]+)\/?$/);
  if (!m) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = '/articles/' + m[1] + '.json';
  document.head.appendChild(link);
})();
