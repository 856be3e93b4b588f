// Where the embed page gets its data: inlined by the server in the page (no second request before the chart draws),
// or, when the page is served by Vite in development, from /embed/<chart>.json with the same query.
import {
  EMBED_PAYLOAD_ELEMENT_ID,
  unpackInlinePayload,
  type EmbedPayload,
  type InlinePayload,
} from "@subpoena-tracker/charts";

/** The payload the server inlined (InlinePayload: its counts packed), as the chart reads it. */
export function readInlinePayload(doc: Document): EmbedPayload | null {
  const element = doc.getElementById(EMBED_PAYLOAD_ELEMENT_ID);
  if (!element?.textContent) return null;
  return unpackInlinePayload(JSON.parse(element.textContent) as InlinePayload);
}

/**
 * The data address of this page: /embed/<chart>?q -> /embed/<chart>.json?q. In development the page is
 * /embed.html?chart=<chart>&q.
 */
export function payloadUrl(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const fromPath = /^\/embed\/([^/.]+)\/?$/.exec(pathname)?.[1];
  const chart = fromPath ?? params.get("chart");
  if (!chart) return null;
  params.delete("chart");
  const query = params.toString();
  return `/embed/${encodeURIComponent(chart)}.json${query ? `?${query}` : ""}`;
}

export async function fetchPayload(url: string): Promise<EmbedPayload> {
  const response = await fetch(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The chart's data could not be loaded (HTTP ${response.status}).`);
  }
  return (await response.json()) as EmbedPayload;
}
