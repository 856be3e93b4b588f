import type { NextFunction, Request, RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { HttpExchange } from "../context";
import { noteRequestError } from "../logger";
import { SESSION_COOKIE, viewerFromSession, viewerFromToken, type Viewer } from "../modules/accounts/auth.service";
import { requestIdOf } from "./request-id";

/**
 * Works out who is calling /graphql, once per request, and refuses cross-site use of a sign-in cookie:
 * - `Authorization: Bearer <token>`: an API token. One that does not hold (unknown, expired, revoked) is refused
 *   with 401 whatever the operation, so that a script never silently runs as the public.
 * - the session cookie: honoured only when the request could not have been forged by another site, that is when it
 *   carries a header a cross-site form cannot send (`apollo-require-preflight` or `x-apollo-operation-name`, which
 *   force a CORS preflight) and, if the browser names an Origin, it is this site's own. A cookie-carrying POST that
 *   fails either check is refused with 403; a GET without the header is simply answered as the public.
 * The viewer lands in res.locals.viewer for the GraphQL context.
 */
export function authenticate(dataSource: DataSource): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      res.locals.viewer = await viewerOf(dataSource, req, res);
      next();
    } catch (error) {
      if (error instanceof GraphQLError) {
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
        const code = String(error.extensions.code);
        noteRequestError(code, error.message);
        res.setHeader("Cache-Control", "no-store");
        res
          .status(status)
          .json({ errors: [{ message: error.message, extensions: { code, requestId: requestIdOf(res) } }] });
        return;
      }
      next(error);
    }
  };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The viewer of the request's API token (Authorization: Bearer), looked up once per request however many parts
 * ask (the rate limiter charges per token; /graphql authenticates with it); null without a well-formed Bearer header.
 * Rejects as viewerFromToken does for a token that does not hold.
 */
export function tokenViewer(dataSource: DataSource, req: Request, res?: Response): Promise<Viewer> | null {
  const match = BEARER.exec(req.headers.authorization ?? "");
  if (!match) return null;
  if (!res) return viewerFromToken(dataSource, match[1]);
  res.locals.tokenViewer ??= viewerFromToken(dataSource, match[1]);
  return res.locals.tokenViewer as Promise<Viewer>;
}

export async function viewerOf(dataSource: DataSource, req: Request, res?: Response): Promise<Viewer | null> {
  if (req.headers.authorization) {
    const viewer = tokenViewer(dataSource, req, res);
    if (!viewer) throw refused(401, "UNAUTHENTICATED", 'Send API tokens as "Authorization: Bearer <token>".');
    return viewer;
  }
  const secret = readCookie(req, SESSION_COOKIE);
  if (!secret) return null;
  const preflighted = Boolean(req.headers["apollo-require-preflight"] || req.headers["x-apollo-operation-name"]);
  const origin = req.headers.origin;
  if (req.method === "POST") {
    if (origin !== undefined && origin !== ownOrigin(req)) {
      throw refused(403, "FORBIDDEN", `Signed-in requests are only accepted from ${ownOrigin(req)}, not ${origin}.`);
    }
    if (!preflighted) {
      throw refused(
        403,
        "FORBIDDEN",
        'Signed-in requests must send the "apollo-require-preflight: true" header (protection against cross-site requests).',
      );
    }
  } else if (!preflighted || (origin !== undefined && origin !== ownOrigin(req))) {
    return null;
  }
  return viewerFromSession(dataSource, secret);
}

function refused(status: number, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** This server's origin as the browser sees it (behind TRUST_PROXY, the proxy's scheme and host). */
function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get("host")}`;
}

export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return null;
}

/** The sign-in cookie's attributes: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS. */
export function httpExchange(req: Request, res: Response): HttpExchange {
  const attributes = (expires: Date) =>
    ({
      httpOnly: true,
      sameSite: "lax",
      secure: req.secure,
      path: "/",
      expires,
    }) as const;
  return {
    address: req.ip ?? req.socket.remoteAddress ?? "unknown",
    userAgent: req.headers["user-agent"] ?? null,
    setSessionCookie: (secret, expiresAt) => res.cookie(SESSION_COOKIE, secret, attributes(expiresAt)),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { ...attributes(new Date(0)), expires: undefined }),
  };
}
