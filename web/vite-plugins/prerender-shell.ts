// Writes the home page's first paint (src/app/shell.tsx: the site header, the title and the introduction, rendered by
// the app's own components) into the dashboard's index.html, between markers the server uses to leave it out of other
// pages. The browser paints it with the stylesheet, before any script has run, so the first and the largest paint no
// longer wait for the JavaScript (issue 12's Lighthouse budget); the app replaces it with the same markup. The web
// fonts are not preloaded either: the shell paints in the fallback font and the fonts follow (font-display: swap).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

const BOOT_SOURCE = fs.readFileSync(fileURLToPath(new URL("./boot.js", import.meta.url)), "utf8");
/** Hashed like the other assets, so the server lets browsers keep it for a year. */
const BOOT_FILE = `assets/boot-${createHash("sha256").update(BOOT_SOURCE).digest("base64url").slice(0, 8)}.js`;

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;

/**
 * The page's scripts start after its first paint (vite-plugins/boot.js), and its stylesheets are written into it:
 * the shell's first paint then needs the HTML alone (a stylesheet costs a round trip before anything paints, and
 * scripts and fonts downloading beside it delay it on a slow connection).
 */
function startAfterFirstPaint(html: string, cssOf: (file: string) => string, lateStyles: string[]): string {
  const modules = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  if (modules.length !== 1) throw new Error(`index.html has ${modules.length} module scripts; expected the app's one`);
  const boot =
    `<script defer src="/${BOOT_FILE}" data-module="${modules[0]}" data-preload="${preloads.join(" ")}"` +
    ` data-styles="${lateStyles.join(" ")}"></script>`;
  return html
    .replace(MODULE_SCRIPT, "")
    .replace(MODULE_PRELOAD, "")
    .replace(STYLESHEET, (_, file: string) => `<style>${cssOf(file)}</style>`)
    .replace("</head>", `${boot}\n  </head>`);
}

export function prerenderShell(): Plugin {
  let root = "";
  return {
    name: "subpoena-tracker:prerender-shell",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: BOOT_FILE, source: BOOT_SOURCE });
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
        const cssOf = (file: string): string => {
          const asset = context.bundle?.[file];
          if (asset?.type !== "asset") throw new Error(`index.html links ${file}, which is not in the build`);
          return String(asset.source).replace(/<\/style/gi, "<\\/style");
        };
        // The web fonts' stylesheet (src/fonts.ts) starts with the scripts, so the fonts have usually arrived before
        // the app draws the page: a swap then moves only the shell, not the whole dashboard.
        // (src/fonts.ts holds nothing but the stylesheets, so the build keeps only its CSS, named after it.)
        const fontStyles = Object.values(context.bundle ?? {})
          .filter((file) => file.type === "asset" && /^assets\/fonts-[\w-]{8}\.css$/.test(file.fileName))
          .map((file) => file.fileName);
        if (fontStyles.length !== 1) throw new Error("the build has no single stylesheet for src/fonts.ts");
        return startAfterFirstPaint(
          html.replace(ROOT, `<div id="root">${SHELL_START}${markup}${SHELL_END}</div>`),
          cssOf,
          fontStyles.map((file) => `/${file}`),
        );
      },
    },
  };
}
