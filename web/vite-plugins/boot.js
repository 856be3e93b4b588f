// The dashboard's start-up script (vite-plugins/prerender-shell.ts writes it into index.html, hashed): the app's
// module scripts are requested only after the page's first paint, from the list on this script's own tag, so the
// prerendered shell paints with nothing but the HTML behind it (issue 12's Lighthouse budget: first and largest
// paint). A tab opened in the background starts at once, as it will not paint.
(function () {
  var boot = document.currentScript;
  var started = false;
  function add(rel, href) {
    var tag = document.createElement(rel === "script" ? "script" : "link");
    tag.crossOrigin = "anonymous";
    if (rel === "script") {
      tag.type = "module";
      tag.src = href;
    } else {
      tag.rel = rel;
      tag.href = href;
    }
    document.head.appendChild(tag);
  }
  function start() {
    if (started) return;
    started = true;
    var preloads = (boot.getAttribute("data-preload") || "").split(" ");
    for (var i = 0; i < preloads.length; i++) if (preloads[i]) add("modulepreload", preloads[i]);
    add("script", boot.getAttribute("data-module"));
  }
  if (document.visibilityState === "hidden" || typeof requestAnimationFrame !== "function") start();
  else
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  setTimeout(start, 1000);
})();
