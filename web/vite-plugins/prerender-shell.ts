// Writes the home page's first paint (src/app/shell.tsx: the site header, the title and the introduction, rendered by
// the app's own components) into the dashboard's index.html, between markers the server uses to leave it out of other
// pages. The browser paints it with the stylesheet, before any script has run, so the first and the largest paint no
// longer wait for the JavaScript (issue 12's Lighthouse budget); the app replaces it with the same markup. The web
// fonts are not preloaded either: the shell paints in the fallback font and the fonts follow (font-display: swap).
import path from "node:path";
import { runnerImport, type Plugin } from "vite";

export const SHELL_START = "<!--shell:home-->";
export const SHELL_END = "<!--/shell:home-->";
const ROOT = '<div id="root"></div>';
const NO_STYLES = "\0prerender-shell:no-styles";

/** Stylesheets imported by the components mean nothing to a render into text: the page links the built ones. */
const withoutStyles: Plugin = {
  name: "subpoena-tracker:prerender-shell-no-styles",
  enforce: "pre",
  resolveId: (id) => (/\.css$/.test(id) ? NO_STYLES : null),
  load: (id) => (id === NO_STYLES ? "export {};" : null),
};

export function prerenderShell(): Plugin {
  let root = "";
  return {
    name: "subpoena-tracker:prerender-shell",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, context) {
        if (!context.filename.endsWith("index.html")) return html;
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to write the home page's shell into`);
        const { module } = await runnerImport<{ renderHomeShell: () => string }>(path.join(root, "src/app/shell.tsx"), {
          root,
          configFile: false,
          logLevel: "error",
          plugins: [withoutStyles],
        });
        const markup = module.renderHomeShell();
        // The app's scripts come after the stylesheet: the shell paints without them (a module script never blocks
        // the paint, but browsers fetch it, and every chunk it imports, at high priority, beside the stylesheet).
        return html
          .replace(ROOT, `<div id="root">${SHELL_START}${markup}${SHELL_END}</div>`)
          .replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin')
          .replace(
            /<link rel="modulepreload" crossorigin/g,
            '<link rel="modulepreload" fetchpriority="low" crossorigin',
          );
      },
    },
  };
}
