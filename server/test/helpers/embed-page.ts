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
