import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  EMBED_PAYLOAD_ELEMENT_ID,
  inlinePayload,
  type ChartDocument,
  type EmbedPayload,
} from "@subpoena-tracker/charts";
import { cardDescription, escapeHtml, linkCardTags } from "../util/link-card";

/** The built embed page (web/embed.html after `vite build`), read once per change of the file. */
export class EmbedPageTemplate {
  private cached: { mtimeMs: number; html: string; hash: string } | null = null;

  constructor(private readonly file: string) {}

  static inWebDist(webDistDir: string): EmbedPageTemplate {
    return new EmbedPageTemplate(path.join(webDistDir, "embed.html"));
  }

  /** The template and a hash of it (part of the page's cache key: a new build is a new page), or null if not built. */
  load(): { html: string; hash: string } | null {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch {
      return null;
    }
    if (this.cached?.mtimeMs !== stat.mtimeMs) {
      const html = fs.readFileSync(this.file, "utf8");
      this.cached = { mtimeMs: stat.mtimeMs, html, hash: createHash("sha256").update(html).digest("hex").slice(0, 12) };
    }
    return this.cached;
  }

  get path(): string {
    return this.file;
  }
}

/** JSON that is safe inside <script>: no "</script>", no HTML comment openers, no line separators JS rejects. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The embed page for one chart: the built template with the chart's data inlined (no second request before the
 * chart can draw; packed, and a map cut to its biggest places, so that the page stays under 100 KB however much data
 * there is: inlinePayload), its title, a description and Open Graph card for link previews, the theme on <html> (no flash of the wrong theme
 * before the script runs) and oEmbed discovery.
 */
export function renderEmbedPage(
  template: string,
  payload: EmbedPayload,
  document: ChartDocument,
  oembedUrl: string,
): string {
  const title = `${document.title} | Subpoena Tracker`;
  const head = [
    // The short form: the whole text alternative of a map names every place (117 KB at 1M batches); the chart's own
    // description is built in the page, from the same numbers.
    `<meta name="description" content="${escapeHtml(cardDescription(document.description))}">`,
    // The link card: a pasted embed address shows the chart's own PNG, without running the page's script.
    ...linkCardTags({
      title,
      description: cardDescription(document.description),
      url: payload.links.page,
      image: payload.links.png,
      imageAlt: cardDescription(document.description),
      // Discovery is written below, titled with the chart's label.
      oembed: null,
    }),
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(document.label)}">`,
    `<script id="${EMBED_PAYLOAD_ELEMENT_ID}" type="application/json">${jsonForScript(inlinePayload(payload))}</script>`,
  ].join("\n    ");
  return template
    .replace(/<html([^>]*)>/, `<html$1 data-theme="${payload.theme}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${document.title} | Subpoena Tracker`)}</title>`)
    .replace("</head>", `    ${head}\n  </head>`);
}

/** A bad embed address still gets a readable page inside the frame: what is wrong and how to fix it. */
export function renderErrorPage(status: number, message: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Chart unavailable | Subpoena Tracker</title>
    <style>
      :root { color-scheme: light dark; font-family: Inter, system-ui, sans-serif; }
      body { margin: 0; padding: 16px; line-height: 1.45; }
      h1 { font-size: 17px; margin: 0 0 6px; }
      p { margin: 0; font-size: 14px; }
    </style>
  </head>
  <body>
    <h1>This chart cannot be shown (error ${status})</h1>
    <p>${escapeHtml(message)}</p>
  </body>
</html>
`;
}
