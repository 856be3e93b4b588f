// Preload links for the Latin web fonts in the dashboard's HTML, so the browser fetches them with the page instead of
// once the script has rendered text. Text then draws in its own font from the start (no swap, no layout shift), and
// the charts measure their labels with the font they are drawn in: a label measured in the fallback font wraps where
// it would not need to.
import type { Plugin } from "vite";

/** The font files (Vite names them `<name>-<hash>.woff2`) the first view draws with. */
const PRELOADED = [
  /^assets\/inter-latin-wght-normal-[\w-]+\.woff2$/,
  /^assets\/source-serif-4-latin-wght-normal-[\w-]+\.woff2$/,
];

export function preloadFonts(): Plugin {
  return {
    name: "subpoena-tracker:preload-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        // Only the dashboard: the embed page draws its chart in the system font.
        if (!context.bundle || !context.filename.endsWith("index.html")) return [];
        return Object.keys(context.bundle)
          .filter((file) => PRELOADED.some((pattern) => pattern.test(file)))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "preload", href: `/${file}`, as: "font", type: "font/woff2", crossorigin: "" },
            injectTo: "head" as const,
          }));
      },
    },
  };
}
