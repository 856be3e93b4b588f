// negotiator 1.x takes a server-side preference that breaks ties between equally acceptable encodings; the
// DefinitelyTyped package still describes 0.6, which has no such argument. Only what this code uses is declared.
declare module "negotiator" {
  import type { IncomingMessage } from "node:http";

  export default class Negotiator {
    constructor(request: IncomingMessage);
    encoding(available: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
  }
}
