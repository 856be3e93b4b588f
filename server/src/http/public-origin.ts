import type { Request } from "express";
import { HttpError } from "./http-error";

/** A host name or address with an optional port: what a Host or X-Forwarded-Host header may hold. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface PublicOriginOptions {
  /** PUBLIC_URL, when set: always wins. */
  publicUrl: string | null;
  trustProxy: boolean | number;
  /** The address the server listens on, known once it listens. */
  listening: () => string;
}

/** Refuses a Host header that is not a host name (e.g. "a<b"): nothing good can come of answering it. */
export function checkHostHeader(req: Request): void {
  const host = req.get("host");
  if (host !== undefined && !HOST.test(host)) throw badHost(host);
}

function badHost(host: string): HttpError {
  return new HttpError(
    400,
    "BAD_REQUEST",
    `The Host header "${host.slice(0, 100)}" is not a host name. Send the site's host, e.g. subpoenas.example.org.`,
  );
}

/**
 * The origin written into links (embeds, oEmbed, their thumbnails), so a forged Host header can neither poison them
 * nor fill the caches: PUBLIC_URL when configured; behind a trusted proxy (TRUST_PROXY) the scheme and host the
 * proxy reports, checked; otherwise the address the server listens on.
 */
export function createPublicOrigin({
  publicUrl,
  trustProxy,
  listening,
}: PublicOriginOptions): (req: Request) => string {
  return (req) => {
    if (publicUrl) return publicUrl;
    if (trustProxy === false || trustProxy === 0) return listening();
    // Express reads X-Forwarded-Host and X-Forwarded-Proto here, as far as "trust proxy" allows.
    const host = req.get("x-forwarded-host")?.split(",")[0].trim() || req.get("host") || "";
    if (!HOST.test(host)) throw badHost(host);
    return `${req.protocol}://${host.toLowerCase()}`;
  };
}
