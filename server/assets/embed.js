/*
 * Subpoena Tracker embeds: sizes each embedded chart's frame to its content.
 * Paste-safe: no dependencies, runs once however many snippets a page holds, and trusts only messages from the
 * origin this script was loaded from. Without it, frames keep the fixed height the snippet gives them.
 */
/* global window, document, URL */
(function () {
  "use strict";
  if (window.__subpoenaTrackerEmbeds) return;
  window.__subpoenaTrackerEmbeds = true;

  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : "", window.location.href).origin;
  } catch {
    return;
  }
  var SELECTOR = "iframe[data-subpoena-tracker-embed]";
  var RESIZE = "subpoena-tracker:resize";
  var MEASURE = "subpoena-tracker:measure";
  // A height outside these bounds is not one our pages send.
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 10000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== RESIZE || typeof data.height !== "number") return;
    if (!(data.height >= MIN_HEIGHT && data.height <= MAX_HEIGHT)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + "px";
    });
  });

  // Whether a frame shows our page yet. A frame still loading (lazy, below the fold) holds an about:blank of the host
  // page's own origin, and a message to it would log a warning in the host page; it says its height when it loads.
  function showsOurPage(frame) {
    try {
      return frame.contentWindow.location.origin === origin;
    } catch {
      // Another origin's document, which the host cannot read: the frame has loaded our page.
      return true;
    }
  }

  // Frames that loaded before this script did have already said their height: ask them again.
  function ask() {
    frames().forEach(function (frame) {
      if (frame.contentWindow && showsOurPage(frame)) frame.contentWindow.postMessage({ type: MEASURE }, origin);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
})();
