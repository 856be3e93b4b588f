import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { EditorialConfig } from "../../config";
import { RateLimitedError, UnauthenticatedError } from "../../schema/errors";
import { AccountEntity, type Role } from "./account.entity";
import { SCOPES, type Scope } from "./api-token.entity";
import { decoyHash, verifyPassword } from "./password";
import { recentHits, recordHits, retryAfterSeconds } from "./rate-limit";
import { SessionEntity } from "./session.entity";

/** Who is asking: a signed-in staff member (session cookie) or a script (API token). */
export interface Viewer {
  accountId: number;
  email: string;
  role: Role;
  via: "session" | "token";
  /** A session may do all its role allows; a token only what its scopes name as well. */
  scopes: readonly Scope[];
  sessionId: number | null;
  tokenId: number | null;
  mustChangePassword: boolean;
}

export const SESSION_COOKIE = "st_session";
/** API tokens start with this, so that secret scanners and people can tell what they are. */
export const TOKEN_PREFIX = "stk_";

const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/** Session ids and API tokens are 256 random bits; a fast hash of them is enough (no guessing is possible). */
export const secretHash = (secret: string): string => createHash("sha256").update(secret).digest("hex");
export const newSecret = (): string => randomBytes(32).toString("base64url");

interface AccountRow {
  account_id: number;
  email: string;
  role: Role;
  must_change_password: boolean;
}

export async function viewerFromSession(dataSource: DataSource, secret: string): Promise<Viewer | null> {
  const [row]: (AccountRow & { session_id: number })[] = await dataSource.query(
    `SELECT s.id AS session_id, a.id AS account_id, a.email, a.role, a.must_change_password
       FROM sessions s JOIN accounts a ON a.id = s.account_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [secretHash(secret)],
  );
  if (!row) return null;
  // Kept roughly, not on every request: "last seen" is for people reviewing their sessions.
  await dataSource.query(
    `UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '1 minute'`,
    [row.session_id],
  );
  return {
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    via: "session",
    scopes: SCOPES,
    sessionId: row.session_id,
    tokenId: null,
    mustChangePassword: row.must_change_password,
  };
}

/** A presented API token that does not hold says why, so that the script's author can fix it. */
export async function viewerFromToken(dataSource: DataSource, token: string): Promise<Viewer> {
  const [row]: (AccountRow & {
    token_id: number;
    scopes: Scope[];
    expired: boolean;
    revoked: boolean;
    disabled: boolean;
  })[] = await dataSource.query(
    `SELECT t.id AS token_id, t.scopes, t.expires_at <= now() AS expired, t.revoked_at IS NOT NULL AS revoked,
            a.disabled_at IS NOT NULL AS disabled, a.id AS account_id, a.email, a.role, a.must_change_password
       FROM api_tokens t JOIN accounts a ON a.id = t.account_id
      WHERE t.token_hash = $1`,
    [secretHash(token)],
  );
  if (!row) throw new UnauthenticatedError("The API token is not valid. Check that it was copied whole.");
  if (row.revoked) throw new UnauthenticatedError("The API token has been revoked. Ask an admin for a new one.");
  if (row.expired) throw new UnauthenticatedError("The API token has expired. Ask an admin for a new one.");
  if (row.disabled) throw new UnauthenticatedError("The API token's account is disabled.");
  await dataSource.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.token_id]);
  return {
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    via: "token",
    scopes: row.scopes,
    sessionId: null,
    tokenId: row.token_id,
    // A token is made by an admin for a script; the account's own password state does not bind it.
    mustChangePassword: false,
  };
}

export interface SignInRequest {
  email: string;
  password: string;
  address: string;
  userAgent: string | null;
}

export interface NewSession {
  secret: string;
  expiresAt: Date;
  viewer: Viewer;
}

/**
 * Checks an email and password and opens a session. Failed attempts are counted per account and per address; past
 * the limit every attempt is refused (even a right password) until the window has passed.
 */
export async function signIn(
  dataSource: DataSource,
  config: EditorialConfig,
  request: SignInRequest,
): Promise<NewSession> {
  const email = request.email.trim().toLowerCase();
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:address:${request.address}`;
  for (const [key, limit] of [
    [accountKey, config.signInFailuresPerAccount],
    [addressKey, config.signInFailuresPerAddress],
  ] as const) {
    if ((await recentHits(dataSource, key, SIGN_IN_WINDOW_SECONDS)) >= limit) {
      const wait = await retryAfterSeconds(dataSource, key, SIGN_IN_WINDOW_SECONDS);
      throw new RateLimitedError(
        `Too many failed sign-ins ${key === accountKey ? "for this account" : "from this address"}. Try again in ${Math.ceil(wait / 60)} minutes.`,
        wait,
      );
    }
  }
  const account = await dataSource.getRepository(AccountEntity).findOneBy({ email });
  const usable = account !== null && account.disabledAt === null;
  const ok = await verifyPassword(request.password, usable ? account.passwordHash : await decoyHash());
  if (!usable || !ok) {
    await recordHits(dataSource, [accountKey, addressKey]);
    throw new UnauthenticatedError("The email address or the password is wrong.");
  }
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3600_000);
  const result = await dataSource.getRepository(SessionEntity).insert({
    tokenHash: secretHash(secret),
    accountId: account.id,
    expiresAt,
    userAgent: request.userAgent?.slice(0, 300) ?? null,
  });
  return {
    secret,
    expiresAt,
    viewer: {
      accountId: account.id,
      email: account.email,
      role: account.role,
      via: "session",
      scopes: SCOPES,
      sessionId: Number(result.identifiers[0].id),
      tokenId: null,
      mustChangePassword: account.mustChangePassword,
    },
  };
}
