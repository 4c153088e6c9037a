// The app's code for a page sent with its first screen (codeAfterFirstPaint in
// src/server/page-html.ts), added once that screen has been drawn: compiled sooner, it would hold
// up that first frame. The page has been fetching the same files meanwhile (low-priority preloads),
// so this mostly compiles and runs them. External and classic: the CSP allows no inline script.
(() => {
  // Null where a page optimiser re-inserts scripts: the tag is found by what it carries.
  const boot = document.currentScript ?? document.querySelector('script[data-entry]');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of boot.dataset.preload.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = boot.dataset.entry;
    document.head.append(script);
  };
  // What the app folds on a phone (FoldOnPhone) the server sent open, knowing no screen, and
  // index.css has kept out of sight: folded for real, it is announced as folded and opens on a tap.
  const firstScreen = document.getElementById('first-screen');
  if (firstScreen && !matchMedia('(min-width: 640px)').matches)
    for (const details of firstScreen.querySelectorAll('details[data-fold-on-phone]')) details.open = false;
  firstScreen?.setAttribute('data-folded', '');
  // A hidden tab draws no frame: it starts now, or as soon as it is hidden.
  if (document.visibilityState === 'hidden') start();
  else {
    requestAnimationFrame(() => setTimeout(start));
    document.addEventListener('visibilitychange', start, { once: true });
  }
})();
