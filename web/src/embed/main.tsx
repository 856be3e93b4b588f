// The embed page's entry: far less JavaScript than the dashboard (React and the chart components, no GraphQL client,
// no chart library), and its data inlined in the page by the server.
import "./embed.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedChart } from "./EmbedChart";
import type { EmbedPayload } from "@subpoena-tracker/charts";
import { fetchPayload, payloadUrl, readInlinePayload } from "./payload";

const root = document.getElementById("embed-root");
if (!root) throw new Error('embed.html has no element with id "embed-root"');
const reactRoot = createRoot(root);

function showError(message: string): void {
  reactRoot.render(
    <div className="embed">
      <p className="embed__error" role="alert">
        This chart cannot be shown. {message}
      </p>
    </div>,
  );
}

async function start(): Promise<void> {
  const inline = readInlinePayload(document);
  const url = inline ? null : payloadUrl(window.location.pathname, window.location.search);
  if (!inline && !url) {
    showError("The address names no chart.");
    return;
  }
  const payload = inline ?? (await fetchPayload(url ?? ""));
  document.documentElement.dataset.theme = payload.theme;
  const render = (shown: EmbedPayload) =>
    reactRoot.render(
      <StrictMode>
        <EmbedChart payload={shown} />
      </StrictMode>,
    );
  render(payload);
  // A map of many places was sent its biggest ones (and every state's figure): the rest come from its JSON, after the
  // first paint. If they cannot be loaded, the chart stays as drawn, and its text says how many places it leaves out.
  const rest = payload.counts.omittedPlaces ? payloadUrl(window.location.pathname, window.location.search) : null;
  if (rest) {
    const full = await fetchPayload(rest).catch(() => null);
    if (full) render(full);
  }
}

start().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
