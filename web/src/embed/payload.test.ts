import { describe, expect, it } from "vitest";
import { payloadUrl, readInlinePayload } from "./payload";
import { isMeasureRequest, postHeight } from "./resize";

describe("payloadUrl", () => {
  it("asks for the page's own chart and query as JSON", () => {
    expect(payloadUrl("/embed/outcomes", "?state=OR&theme=auto")).toBe("/embed/outcomes.json?state=OR&theme=auto");
    expect(payloadUrl("/embed/by-jurisdiction/", "")).toBe("/embed/by-jurisdiction.json");
  });

  it("reads the chart from the query on Vite's development page", () => {
    expect(payloadUrl("/embed.html", "?chart=outcomes&state=OR")).toBe("/embed/outcomes.json?state=OR");
    expect(payloadUrl("/embed.html", "")).toBeNull();
  });
});

describe("readInlinePayload", () => {
  it("reads what the server inlined, and nothing when it did not", () => {
    const packed = {
      periods: [],
      places: [],
      states: [],
      outcomes: ["DECLINED"],
      buckets: [[null, null, null, 0, 3, 2, 1, 0]],
      total: null,
    };
    document.body.innerHTML = `<script id="embed-payload" type="application/json">${JSON.stringify({ chart: "outcomes", packed })}</script>`;
    expect(readInlinePayload(document)).toEqual({
      chart: "outcomes",
      counts: {
        total: null,
        buckets: [
          {
            period: null,
            jurisdiction: null,
            state: null,
            outcome: "DECLINED",
            subpoenas: 3,
            batches: 2,
            unknownCountBatches: 1,
            inexactCountBatches: 0,
          },
        ],
      },
    });
    document.body.innerHTML = "";
    expect(readInlinePayload(document)).toBeNull();
  });
});

describe("resize messages", () => {
  it("posts the height to the parent only inside a frame", () => {
    const sent: unknown[] = [];
    const parent = { postMessage: (message: unknown) => sent.push(message) };
    postHeight({ parent } as unknown as Window, 412.2);
    expect(sent).toEqual([{ type: "subpoena-tracker:resize", height: 413 }]);
    const top = { postMessage: () => sent.push("never") } as unknown as Window & { parent: Window };
    top.parent = top;
    postHeight(top, 100);
    expect(sent).toHaveLength(1);
  });

  it("recognizes the host script's request to measure", () => {
    expect(isMeasureRequest({ type: "subpoena-tracker:measure" })).toBe(true);
    expect(isMeasureRequest("subpoena-tracker:measure")).toBe(false);
    expect(isMeasureRequest(null)).toBe(false);
  });
});
