// Tells the host page how tall this page wants to be, so the snippet's script (/embed.js) can size the frame. The
// height says nothing private, so it is posted to any parent; the host's script checks that it comes from us.
import { RESIZE_MESSAGE_TYPE } from "@subpoena-tracker/charts";

/** What the host's script sends when it loads after the frame has already reported its height. */
export const MEASURE_MESSAGE_TYPE = "subpoena-tracker:measure";

export function postHeight(target: Window, height: number): void {
  if (target.parent === target) return;
  target.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) }, "*");
}

export function isMeasureRequest(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === MEASURE_MESSAGE_TYPE;
}
