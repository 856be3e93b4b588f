import {
  EMBED_PAYLOAD_ELEMENT_ID,
  unpackInlinePayload,
  type EmbedPayload,
  type InlinePayload,
} from "@subpoena-tracker/charts";

/** The payload an embed page inlines, as the page reads it (counts unpacked). */
export function inlined(html: string): EmbedPayload {
  const script = new RegExp(`<script id="${EMBED_PAYLOAD_ELEMENT_ID}" type="application/json">(.*?)</script>`, "s");
  const match = script.exec(html);
  if (!match) throw new Error("The page inlines no payload.");
  return unpackInlinePayload(JSON.parse(match[1]) as InlinePayload);
}

/** A stand-in for the built web/dist/embed.html, so that the tests do not depend on a web build. */
export const EMBED_TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Chart | Subpoena Tracker</title>
  </head>
  <body><div id="embed-root"></div></body>
</html>
`;
