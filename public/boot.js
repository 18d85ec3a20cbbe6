// Runs before the first paint (a classic script in <head>, so that no inline script is needed and the
// Content-Security-Policy can forbid them): the remembered theme and text size. (The article's file is
// asked for by main.tsx, after the first paint, together with the app's code.)
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
})();
