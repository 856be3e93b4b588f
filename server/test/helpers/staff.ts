import type { Role } from "../../src/modules/accounts/account.entity";
import type { Scope } from "../../src/modules/accounts/api-token.entity";
import { createAccount, createApiToken, revokeApiToken } from "../../src/modules/accounts/account.service";
import { hashPassword } from "../../src/modules/accounts/password";
import type { GraphqlResponse, TestServer } from "./server";

export interface Credentials {
  /** A session cookie ("st_session=..."), sent with the preflight header a browser client sends. */
  cookie?: string;
  /** An API token, sent as Authorization: Bearer. */
  token?: string;
  /** Extra or overriding headers (Origin, no preflight header, ...). */
  headers?: Record<string, string>;
}

export interface HttpAnswer<T> {
  status: number;
  headers: Headers;
  body: GraphqlResponse<T>;
}

/** POSTs a GraphQL operation with credentials and returns status, headers and body. */
export async function call<T = Record<string, unknown>>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Credentials = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (credentials.cookie) {
    headers.cookie = credentials.cookie;
    headers["apollo-require-preflight"] = "true";
  }
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  Object.assign(headers, credentials.headers ?? {});
  for (const [name, value] of Object.entries(headers)) if (value === "") delete headers[name];
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as GraphqlResponse<T> };
}

export interface StaffMember {
  id: number;
  email: string;
  password: string;
  role: Role;
}

let counter = 0;

/** An account with a known password that has already been changed (ready to work). */
export async function makeStaff(server: TestServer, role: Role, name = `${role}-${++counter}`): Promise<StaffMember> {
  const { account } = await createAccount(server.database.dataSource, `${name}@example.org`, role);
  const password = `correct horse battery ${name}`;
  await server.database.dataSource.query(
    `UPDATE accounts SET password_hash = $1, must_change_password = false WHERE id = $2`,
    [await hashPassword(password), account.id],
  );
  return { id: account.id, email: account.email, password, role };
}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { account { id role } } }`;

/** Signs in over HTTP and returns the session cookie to send back. */
export async function signInCookie(
  server: TestServer,
  member: Pick<StaffMember, "email" | "password">,
): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { email: member.email, password: member.password } }),
  });
  const setCookie = res.headers.get("set-cookie");
  if (res.status !== 200 || !setCookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return setCookie.split(";")[0];
}

export async function makeToken(
  server: TestServer,
  member: StaffMember,
  scopes: Scope[],
  state: "valid" | "expired" | "revoked" = "valid",
): Promise<string> {
  const { token, record } = await createApiToken(server.database.dataSource, {
    accountId: member.id,
    name: `${state} ${scopes.join("+")}`,
    scopes,
    expiresInDays: 30,
  });
  if (state === "expired") {
    await server.database.dataSource.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [record.id],
    );
  }
  if (state === "revoked") await revokeApiToken(server.database.dataSource, record.id);
  return token;
}
