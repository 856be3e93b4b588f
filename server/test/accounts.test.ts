import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../src/server";
import { loadConfig } from "../src/config";
import { secretHash } from "../src/modules/accounts/auth.service";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { startTestServer, SEED_DIR, type TestServer } from "./helpers/server";
import { call, makeStaff, makeToken, signInCookie, type StaffMember } from "./helpers/staff";

const VIEWER = `{ viewer { via scopes account { email role mustChangePassword } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { via } }`;
const ACCOUNTS = `{ accounts { email } }`;

describe("accounts, sessions and tokens", () => {
  let server: TestServer;
  let admin: StaffMember;
  let accountsAtStart: number;
  beforeAll(async () => {
    server = await startTestServer({
      editorial: { ...loadConfig({}).editorial, signInFailuresPerAccount: 3, signInFailuresPerAddress: 8 },
      trustProxy: true,
    });
    [{ n: accountsAtStart }] = await server.database.dataSource.query(`SELECT count(*) AS n FROM accounts`);
    admin = await makeStaff(server, "admin");
  });
  afterAll(() => server?.close());

  it("starts with no accounts at all: there are no default credentials", async () => {
    expect(accountsAtStart).toBe(0);
    const answer = await call(server, SIGN_IN, { email: "admin@example.org", password: "admin" });
    expect(answer.status).toBe(401);
    await server.database.dataSource.query(`DELETE FROM rate_limit_hits`);
  });

  it("signs in with a cookie that is HttpOnly, SameSite=Lax and (behind TLS) Secure, and answers privately", async () => {
    const plain = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: admin.email, password: admin.password } }),
    });
    const cookie = plain.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^st_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(plain.headers.get("cache-control")).toBe("private, no-store");
    const tls = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: admin.email, password: admin.password } }),
    });
    expect(tls.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    // The session's secret is not what the database keeps.
    const secret = cookie.split(";")[0].split("=")[1];
    const [stored] = await server.database.dataSource.query(`SELECT token_hash FROM sessions WHERE token_hash = $1`, [
      secretHash(secret),
    ]);
    expect(stored.token_hash).not.toBe(secret);

    const signedIn = await call(server, VIEWER, {}, { cookie: cookie.split(";")[0] });
    expect(signedIn.body.data).toEqual({
      viewer: {
        via: "SESSION",
        scopes: ["READ", "DRAFT", "PUBLISH"],
        account: { email: admin.email, role: "ADMIN", mustChangePassword: false },
      },
    });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(signedIn.headers.get("etag")).toBeNull();
    const anonymous = await call(server, VIEWER);
    expect(anonymous.body.data).toEqual({ viewer: null });
    expect(anonymous.headers.get("cache-control")).toMatch(/public/);
  });

  it("refuses wrong passwords, and past the limit refuses even the right one for that account", async () => {
    const member = await makeStaff(server, "contributor");
    for (let i = 0; i < 3; i++) {
      const wrong = await call(server, SIGN_IN, { email: member.email, password: "not the password" });
      expect(wrong.status).toBe(401);
      expect(wrong.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const limited = await call(server, SIGN_IN, { email: member.email, password: member.password });
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    // Another account is not held back by this one's failures.
    expect((await call(server, SIGN_IN, { email: admin.email, password: admin.password })).status).toBe(200);
  });

  it("limits failed sign-ins per address too", async () => {
    await server.database.dataSource.query(`DELETE FROM rate_limit_hits`);
    try {
      const member = await makeStaff(server, "editor");
      // Eight guesses, each at a different account: no account reaches its own limit of three.
      for (let i = 0; i < 8; i++) {
        const email = `guess-${i}@example.org`;
        expect((await call(server, SIGN_IN, { email, password: "guess" })).status).toBe(401);
      }
      const limited = await call(server, SIGN_IN, { email: member.email, password: member.password });
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0].message).toMatch(/from this address/);
    } finally {
      // The address is every test's: let the rest of the file sign in again.
      await server.database.dataSource.query(`DELETE FROM rate_limit_hits`);
    }
  });

  it("ends a session on sign-out, on expiry and on revocation", async () => {
    const member = await makeStaff(server, "editor");
    const signedOut = await signInCookie(server, member);
    expect((await call(server, `mutation { signOut }`, {}, { cookie: signedOut })).body.data).toEqual({
      signOut: true,
    });
    expect((await call(server, VIEWER, {}, { cookie: signedOut })).body.data).toEqual({ viewer: null });

    const expiring = await signInCookie(server, member);
    await server.database.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [secretHash(expiring.split("=")[1])],
    );
    expect((await call(server, VIEWER, {}, { cookie: expiring })).body.data).toEqual({ viewer: null });

    const kept = await signInCookie(server, member);
    const other = await signInCookie(server, member);
    const sessions = await call<{ mySessions: { id: string }[] }>(
      server,
      `{ mySessions { id } }`,
      {},
      { cookie: kept },
    );
    expect(sessions.body.data?.mySessions.length).toBeGreaterThanOrEqual(2);
    const [otherRow] = await server.database.dataSource.query(`SELECT id FROM sessions WHERE token_hash = $1`, [
      secretHash(other.split("=")[1]),
    ]);
    const revoked = await call(
      server,
      `mutation ($id: ID!) { revokeSession(id: $id) }`,
      { id: String(otherRow.id) },
      {
        cookie: kept,
      },
    );
    expect(revoked.body.data).toEqual({ revokeSession: true });
    expect((await call(server, VIEWER, {}, { cookie: other })).body.data).toEqual({ viewer: null });
    expect((await call(server, VIEWER, {}, { cookie: kept })).body.data?.viewer).not.toBeNull();
  });

  it("makes an account with a one-time password that must be replaced before any work", async () => {
    const adminCookie = await signInCookie(server, admin);
    const made = await call<{ createAccount: { oneTimePassword: string; account: { email: string } } }>(
      server,
      `mutation { createAccount(email: "New.Person@Example.org", role: CONTRIBUTOR) { oneTimePassword account { email } } }`,
      {},
      { cookie: adminCookie },
    );
    const { oneTimePassword, account } = made.body.data!.createAccount;
    expect(account.email).toBe("new.person@example.org");
    const cookie = await signInCookie(server, { email: account.email, password: oneTimePassword });
    const blocked = await call(server, `{ changesets { totalCount } }`, {}, { cookie });
    expect(blocked.status).toBe(403);
    expect(blocked.body.errors?.[0].message).toMatch(/one-time password/);
    const tooShort = await call(
      server,
      `mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "short") }`,
      { c: oneTimePassword },
      { cookie },
    );
    expect(tooShort.body.errors?.[0].message).toMatch(/at least 12 characters/);
    const changed = await call(
      server,
      `mutation ($c: String!) { changePassword(currentPassword: $c, newPassword: "a long new passphrase") }`,
      { c: oneTimePassword },
      { cookie },
    );
    expect(changed.body.data).toEqual({ changePassword: true });
    expect((await call(server, `{ changesets { totalCount } }`, {}, { cookie })).status).toBe(200);
  });

  it("issues API tokens shown once and stored hashed, records their use, and refuses expired and revoked ones", async () => {
    const adminCookie = await signInCookie(server, admin);
    const editor = await makeStaff(server, "editor");
    const made = await call<{ createApiToken: { token: string; apiToken: { id: string; lastUsedAt: string | null } } }>(
      server,
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id lastUsedAt } } }`,
      { input: { accountId: String(editor.id), name: "nightly script", scopes: ["READ"], expiresInDays: 7 } },
      { cookie: adminCookie },
    );
    const { token, apiToken } = made.body.data!.createApiToken;
    expect(token).toMatch(/^stk_[\w-]{40,}$/);
    expect(apiToken.lastUsedAt).toBeNull();
    const [row] = await server.database.dataSource.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [
      Number(apiToken.id),
    ]);
    expect(row.token_hash).toBe(secretHash(token));
    expect(JSON.stringify(await server.database.dataSource.query(`SELECT * FROM api_tokens`))).not.toContain(token);

    const used = await call(server, VIEWER, {}, { token });
    expect(used.body.data).toMatchObject({ viewer: { via: "TOKEN", scopes: ["READ"] } });
    expect(used.headers.get("cache-control")).toBe("private, no-store");
    const [after] = await server.database.dataSource.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [
      Number(apiToken.id),
    ]);
    expect(after.last_used_at).not.toBeNull();

    // The admin's list, of everyone's tokens (no accountId) and of one account's, says when it was last used.
    const everyone = await call<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      server,
      `{ apiTokens { id lastUsedAt } }`,
      {},
      { cookie: adminCookie },
    );
    expect(everyone.body.errors).toBeUndefined();
    expect(everyone.body.data!.apiTokens.find((t) => t.id === apiToken.id)?.lastUsedAt).not.toBeNull();
    const theirs = await call<{ apiTokens: { id: string }[] }>(
      server,
      `query ($a: ID) { apiTokens(accountId: $a) { id } }`,
      { a: String(editor.id) },
      { cookie: adminCookie },
    );
    expect(theirs.body.data!.apiTokens.map((t) => t.id)).toEqual([apiToken.id]);

    // Scopes beyond the role are refused at creation.
    const contributor = await makeStaff(server, "contributor");
    const beyond = await call(
      server,
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
      { input: { accountId: String(contributor.id), name: "x", scopes: ["PUBLISH"], expiresInDays: 7 } },
      { cookie: adminCookie },
    );
    expect(beyond.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });

    for (const state of ["expired", "revoked"] as const) {
      const bad = await makeToken(server, editor, ["read"], state);
      const answer = await call(server, `{ dataset { version } }`, {}, { token: bad });
      expect(answer.status, state).toBe(401);
      expect(answer.body.errors?.[0].message).toMatch(state);
    }
    const garbage = await call(server, `{ dataset { version } }`, {}, { token: "stk_not-a-token" });
    expect(garbage.status).toBe(401);
  });

  it("refuses a cookie-authenticated mutation from another origin, or without the preflight header", async () => {
    const cookie = await signInCookie(server, admin);
    const mutation = `mutation { createAccount(email: "csrf@example.org", role: ADMIN) { oneTimePassword } }`;
    const foreign = await call(server, mutation, {}, { cookie, headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const noPreflight = await call(server, mutation, {}, { cookie, headers: { "apollo-require-preflight": "" } });
    expect(noPreflight.status).toBe(403);
    expect(noPreflight.body.errors?.[0].message).toMatch(/apollo-require-preflight/);
    // A form post (a "simple" request) is refused before it is even read.
    const form = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie, origin: "https://evil.example" },
      body: JSON.stringify({ query: mutation }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const [{ n }] = await server.database.dataSource.query(
      `SELECT count(*) AS n FROM accounts WHERE email = 'csrf@example.org'`,
    );
    expect(n).toBe(0);
    // From the site itself, with the header, it goes through.
    const own = await call(server, mutation, {}, { cookie, headers: { origin: server.url } });
    expect(own.status).toBe(200);
  });
});

describe("pnpm admin:create-user", () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createTestDatabase();
    env = {
      ...process.env,
      DATABASE_URL: database.databaseUrl ?? "",
      EMBEDDED_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "subpoena-admin-")),
      SEED_DIR,
      PORT: "0",
      LOG_LEVEL: "silent",
    };
  });
  afterAll(() => database?.drop());

  it("makes the first admin and prints a one-time password that signs in", { timeout: 240_000 }, async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      ["-r", "./register.cjs", "src/admin/cli.ts", "create-user", "--email", "chief@example.org", "--role", "admin"],
      { cwd: path.resolve(__dirname, ".."), env },
    );
    const password = /one-time password[^\n]*\n\n\s+(\S+)/i.exec(stdout)?.[1];
    expect(password).toMatch(/^[\w-]{20,}$/);
    const server = await startServer({
      ...loadConfig(env),
      databaseUrl: database.databaseUrl,
      embeddedDataDir: env.EMBEDDED_DATA_DIR!,
      port: 0,
    });
    try {
      const answer = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: "chief@example.org", password } }),
      });
      expect(answer.status).toBe(200);
      const cookie = answer.headers.get("set-cookie")!.split(";")[0];
      const me = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: ACCOUNTS }),
      });
      // Signed in, but the one-time password must be replaced before anything else.
      expect(me.status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});
