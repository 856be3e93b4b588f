// The dashboard's start-up script (vite-plugins/prerender-shell.ts writes it into index.html, hashed): the app's
// module scripts are requested only after the page's first paint, from the list on this script's own tag, so the
// prerendered shell paints with nothing but the HTML behind it (issue 12's Lighthouse budget: first and largest
// paint). A tab opened in the background, or a page without the shell, starts at once.
/* global document, PerformanceObserver, requestAnimationFrame, setTimeout */
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
    var styles = (boot.getAttribute("data-styles") || "").split(" ");
    for (var j = 0; j < styles.length; j++) if (styles[j]) add("stylesheet", styles[j]);
    for (var i = 0; i < preloads.length; i++) if (preloads[i]) add("modulepreload", preloads[i]);
    add("script", boot.getAttribute("data-module"));
  }
  var root = document.getElementById("root");
  var paints = typeof PerformanceObserver === "function" && (PerformanceObserver.supportedEntryTypes || []);
  if (!root || !root.firstElementChild || document.visibilityState === "hidden") {
    // A page without a prerendered shell has nothing to paint before the app.
    start();
  } else if (paints && paints.indexOf("paint") >= 0) {
    // The first contentful paint is reported once it is on screen.
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  setTimeout(start, 1000);
})();
