import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import type { Scope } from "../src/modules/accounts/api-token.entity";
import { REQUIREMENTS, type Permission } from "../src/modules/accounts/permissions";
import { startTestServer, type TestServer } from "./helpers/server";
import { call, makeStaff, makeToken, signInCookie, type Credentials, type StaffMember } from "./helpers/staff";

/**
 * The authorization matrix, over HTTP: every mutation and every restricted query (one table, OPERATIONS) is tried
 * by every kind of caller (IDENTITIES), and each attempt must get the status and code the policy table (EXPECTED)
 * gives for the operation's permission. Arguments name records that do not exist wherever they can, so that an
 * allowed attempt gets past authorization and stops at NOT_FOUND or BAD_USER_INPUT without changing anything.
 */

type Need = Permission | "public";
type Identity =
  | "anonymous"
  | "contributor"
  | "editor"
  | "admin"
  | "expired token"
  | "revoked token"
  | "token without the scope"
  | "token with the scope";
type Outcome = "allowed" | "401 UNAUTHENTICATED" | "403 FORBIDDEN";

const IDENTITIES: Identity[] = [
  "anonymous",
  "contributor",
  "editor",
  "admin",
  "expired token",
  "revoked token",
  "token without the scope",
  "token with the scope",
];

const OK: Outcome = "allowed";
const E401: Outcome = "401 UNAUTHENTICATED";
const E403: Outcome = "403 FORBIDDEN";

/** The policy, written out: what each kind of caller gets for each permission. Tokens are an admin's. */
const EXPECTED: Record<Need, Outcome[]> = {
  //        anon  contr editor admin expired revoked no-scope scope
  public: [OK, OK, OK, OK, E401, E401, OK, OK],
  account: [E401, OK, OK, OK, E401, E401, E403, E403],
  read: [E401, OK, OK, OK, E401, E401, E403, OK],
  draft: [E401, OK, OK, OK, E401, E401, E403, OK],
  review: [E401, E403, OK, OK, E401, E401, E403, OK],
  publish: [E401, E403, OK, OK, E401, E401, E403, OK],
  admin: [E401, E403, E403, OK, E401, E401, E403, E403],
};

interface Operation {
  name: string;
  need: Need;
  document: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const NONE = "999999";
const BATCH_INPUT = {
  id: "matrix-batch",
  issuedOn: "2020-05",
  jurisdictionSlug: "denver-co",
  recipientAgencySlugs: ["denver-sheriff"],
  countPrecision: "UNKNOWN",
  sourceIds: ["ap-2020-01-denver"],
};
const RECORD = { type: "BATCH", id: "2020-01-13-denver" };

/** Every mutation and every restricted query, with the permission it needs. signOut comes last: it ends sessions. */
const OPERATIONS: Operation[] = [
  {
    name: "signIn",
    need: "public",
    document: `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { via } }`,
  },
  {
    name: "reportError",
    need: "public",
    document: `mutation ($i: ErrorReportInput!) { reportError(input: $i) { id } }`,
    variables: { i: { record: RECORD, whatIsWrong: "A matrix test report." } },
  },
  { name: "viewer.mySessions", need: "account", document: `{ mySessions { id } }` },
  {
    name: "changePassword",
    need: "account",
    document: `mutation { changePassword(currentPassword: "x", newPassword: "short") }`,
  },
  { name: "revokeSession", need: "account", document: `mutation { revokeSession(id: "${NONE}") }` },
  { name: "changesets", need: "read", document: `{ changesets { totalCount } }` },
  { name: "changeset", need: "read", document: `{ changeset(id: "${NONE}") { id } }` },
  {
    name: "preview (X-Preview-Changeset)",
    need: "read",
    document: `{ dataset { version } }`,
    headers: { "x-preview-changeset": NONE },
  },
  { name: "createChangeset", need: "draft", document: `mutation { createChangeset(note: "matrix") { id } }` },
  { name: "updateChangeset", need: "draft", document: `mutation { updateChangeset(id: "${NONE}", note: "x") { id } }` },
  { name: "discardChangeset", need: "draft", document: `mutation { discardChangeset(id: "${NONE}") { id } }` },
  {
    name: "saveJurisdiction",
    need: "draft",
    document: `mutation { saveJurisdiction(changesetId: "${NONE}", input: { slug: "x", name: "X", kind: CITY }) { id } }`,
  },
  {
    name: "saveAgency",
    need: "draft",
    document: `mutation { saveAgency(changesetId: "${NONE}", input: { slug: "x", name: "X", kind: POLICE, jurisdictionSlug: "denver-co" }) { id } }`,
  },
  {
    name: "saveSource",
    need: "draft",
    document: `mutation { saveSource(changesetId: "${NONE}", input: { id: "x", url: "https://x.org", publisher: "X", kind: NEWS, reliability: PRIMARY }) { id } }`,
  },
  {
    name: "savePolicy",
    need: "draft",
    document: `mutation { savePolicy(changesetId: "${NONE}", input: { slug: "x", jurisdictionSlug: "denver-co", name: "X", sourceIds: ["ap-2020-01-denver"] }) { id } }`,
  },
  {
    name: "saveCourtCase",
    need: "draft",
    document: `mutation { saveCourtCase(changesetId: "${NONE}", input: { slug: "x", court: "X", caption: "X", outcome: PENDING, sourceIds: ["ap-2020-01-denver"] }) { id } }`,
  },
  {
    name: "saveBatch",
    need: "draft",
    document: `mutation ($i: BatchInput!) { saveBatch(changesetId: "${NONE}", input: $i) { id } }`,
    variables: { i: BATCH_INPUT },
  },
  {
    name: "saveEvent",
    need: "draft",
    document: `mutation { saveEvent(changesetId: "${NONE}", input: { batchId: "2020-01-13-denver", date: "2020-05", status: DECLINED, sourceIds: ["ap-2020-01-denver"] }) { id } }`,
  },
  {
    name: "attachSource",
    need: "draft",
    document: `mutation ($r: RecordRefInput!) { attachSource(changesetId: "${NONE}", record: $r, sourceId: "ap-2020-01-denver") { id } }`,
    variables: { r: RECORD },
  },
  {
    name: "detachSource",
    need: "draft",
    document: `mutation ($r: RecordRefInput!) { detachSource(changesetId: "${NONE}", record: $r, sourceId: "ap-2020-01-denver") { id } }`,
    variables: { r: RECORD },
  },
  {
    name: "withdrawRecord",
    need: "draft",
    document: `mutation ($r: RecordRefInput!) { withdrawRecord(changesetId: "${NONE}", record: $r, baseVersion: 1, reason: "x") { id } }`,
    variables: { r: RECORD },
  },
  { name: "removeChange", need: "draft", document: `mutation { removeChange(changeId: "${NONE}") { id } }` },
  { name: "correctionRequests", need: "review", document: `{ correctionRequests { id } }` },
  {
    name: "publishChangeset",
    need: "publish",
    document: `mutation { publishChangeset(id: "${NONE}", note: "x") { id } }`,
  },
  {
    name: "updateCorrectionRequest",
    need: "publish",
    document: `mutation { updateCorrectionRequest(id: "${NONE}", status: DISMISSED) { id } }`,
  },
  { name: "accounts", need: "admin", document: `{ accounts { id } }` },
  {
    name: "createAccount",
    need: "admin",
    document: `mutation { createAccount(email: "not an email", role: CONTRIBUTOR) { oneTimePassword } }`,
  },
  {
    name: "updateAccount",
    need: "admin",
    document: `mutation { updateAccount(id: "${NONE}", input: { role: EDITOR }) { id } }`,
  },
  { name: "resetPassword", need: "admin", document: `mutation { resetPassword(id: "${NONE}") { oneTimePassword } }` },
  { name: "apiTokens", need: "admin", document: `{ apiTokens { id } }` },
  {
    name: "createApiToken",
    need: "admin",
    document: `mutation { createApiToken(input: { accountId: "${NONE}", name: "x", scopes: [READ], expiresInDays: 1 }) { token } }`,
  },
  { name: "revokeApiToken", need: "admin", document: `mutation { revokeApiToken(id: "${NONE}") { id } }` },
  { name: "signOut", need: "account", document: `mutation { signOut }` },
];

describe(`the authorization matrix: ${OPERATIONS.length} operations × ${IDENTITIES.length} callers`, () => {
  let server: TestServer;
  const credentials = new Map<string, Credentials>();
  let signInVariables: Record<string, unknown>;

  beforeAll(async () => {
    server = await startTestServer({ editorial: { ...loadConfig({}).editorial, reportsPerHour: 10_000 } });
    const members: Record<"contributor" | "editor" | "admin", StaffMember> = {
      contributor: await makeStaff(server, "contributor"),
      editor: await makeStaff(server, "editor"),
      admin: await makeStaff(server, "admin"),
    };
    for (const role of ["contributor", "editor", "admin"] as const) {
      credentials.set(role, { cookie: await signInCookie(server, members[role]) });
    }
    const all: Scope[] = ["read", "draft", "publish"];
    credentials.set("expired token", { token: await makeToken(server, members.admin, all, "expired") });
    credentials.set("revoked token", { token: await makeToken(server, members.admin, all, "revoked") });
    for (const need of Object.keys(EXPECTED) as Need[]) {
      const scope = need === "public" ? "read" : REQUIREMENTS[need].scope;
      const without: Scope[] = need === "public" ? ["read"] : all.filter((s) => s !== scope);
      credentials.set(`token without the scope:${need}`, { token: await makeToken(server, members.admin, without) });
      credentials.set(`token with the scope:${need}`, {
        token: await makeToken(server, members.admin, scope ? [scope] : all),
      });
    }
    const someone = await makeStaff(server, "contributor");
    signInVariables = { e: someone.email, p: someone.password };
  });
  afterAll(() => server?.close());

  function credentialsOf(identity: Identity, need: Need): Credentials {
    if (identity === "anonymous") return {};
    const key = identity.startsWith("token with") ? `${identity}:${need}` : identity;
    const found = credentials.get(key);
    if (!found) throw new Error(`no credentials for ${key}`);
    return found;
  }

  async function outcome(operation: Operation, identity: Identity): Promise<string> {
    const base = credentialsOf(identity, operation.need);
    const answer = await call(
      server,
      operation.document,
      operation.name === "signIn" ? signInVariables : (operation.variables ?? {}),
      { ...base, headers: { ...(base.headers ?? {}), ...(operation.headers ?? {}) } },
    );
    const code = answer.body.errors?.[0]?.extensions?.code;
    if (answer.status === 401 || answer.status === 403 || code === "UNAUTHENTICATED" || code === "FORBIDDEN") {
      return `${answer.status} ${String(code)}`;
    }
    return "allowed";
  }

  it("covers every mutation and every restricted query of the schema", async () => {
    const introspection = await call<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      server,
      `{ __schema { mutationType { fields { name } } } }`,
    );
    const mutations = introspection.body.data!.__schema.mutationType.fields.map((f) => f.name).sort();
    const tried = new Set(OPERATIONS.map((o) => o.name));
    expect(mutations.filter((m) => !tried.has(m))).toEqual([]);
  });

  it.each(OPERATIONS.map((o) => [o.name, o] as const))("%s", async (_name, operation) => {
    const expected = Object.fromEntries(IDENTITIES.map((identity, i) => [identity, EXPECTED[operation.need][i]]));
    const actual: Record<string, string> = {};
    for (const identity of IDENTITIES) actual[identity] = await outcome(operation, identity);
    expect(actual).toEqual(expected);
  });
});
