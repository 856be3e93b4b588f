import { describe, expect, it } from "vitest";
import type { CountBucketLike } from "@subpoena-tracker/charts";
import { legendEntries } from "./legendEntries";
import { toOverTimeSeries } from "./toSeries";

const place = { slug: "rivercrest", name: "Rivercrest" };

describe("legendEntries", () => {
  // Lighthouse at 1M batches: label-content-name-mismatch on the legend, whose button said "108165 + 1882?" while
  // the page showed "108,165* + 1882?".
  it("names each button with its figure as shown, digits grouped, then in words", () => {
    const buckets: CountBucketLike[] = [
      {
        period: "2020-01",
        jurisdiction: place,
        subpoenas: 108_165,
        batches: 9_000,
        unknownCountBatches: 1_882,
        inexactCountBatches: 3,
      },
    ];
    const [entry] = legendEntries(toOverTimeSeries(buckets, { interval: "month", stackBy: "jurisdiction" }));
    expect(entry.valueText).toBe("108,165* + 1,882?");
    expect(entry.actionLabel.startsWith(`Rivercrest: ${entry.valueText} (108,165 subpoenas`)).toBe(true);
    expect(entry.actionLabel.endsWith("List the batches")).toBe(true);
  });

  it("says a figure without batches of unreported size in words", () => {
    const buckets: CountBucketLike[] = [
      { period: "2020-01", jurisdiction: place, subpoenas: 4, batches: 1, unknownCountBatches: 0 },
    ];
    const [entry] = legendEntries(toOverTimeSeries(buckets, { interval: "month", stackBy: "jurisdiction" }));
    expect(entry).toMatchObject({ valueText: "4", actionLabel: "Rivercrest: 4 subpoenas. List the batches" });
  });
});
