// The embed page's entry: far less JavaScript than the dashboard (React and the chart components, no GraphQL client,
// no chart library), and its data inlined in the page by the server.
import "./embed.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedChart } from "./EmbedChart";
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
  reactRoot.render(
    <StrictMode>
      <EmbedChart payload={payload} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
