import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { write } from "./api-v1";

/** A client that takes each piece a moment after it is written: every write waits for "drain". */
function slowClient(): Writable {
  return new Writable({
    highWaterMark: 1,
    write(_chunk, _encoding, done) {
      setImmediate(done);
    },
  });
}

describe("writing a download to a slow client", () => {
  // batches.csv waits for "drain" once per chunk: a wait that left its "close" and "error" listeners behind grew the
  // response's listeners with the rows (MaxListenersExceededWarning in `pnpm bench` at 100k rows).
  it("leaves no listener behind, however many times it waits", async () => {
    const client = slowClient();
    const before = { close: client.listenerCount("close"), error: client.listenerCount("error") };
    for (let i = 0; i < 50; i += 1) {
      await write(client as never, `row ${i}\n`, 1000);
    }
    expect({ close: client.listenerCount("close"), error: client.listenerCount("error") }).toEqual(before);
    expect(client.listenerCount("drain")).toBe(0);
  });

  it("cuts off a client that takes nothing for the write timeout", async () => {
    const stuck = new Writable({ highWaterMark: 1, write() {} });
    await write(stuck as never, "a", 50);
    await write(stuck as never, "b", 50);
    expect(stuck.destroyed).toBe(true);
  });
});
