import type { DataSource } from "typeorm";
import { ForbiddenError, NotFoundError, UserInputError } from "../../schema/errors";
import { AccountEntity, ROLES, type Role } from "./account.entity";
import { ApiTokenEntity, SCOPES, type Scope } from "./api-token.entity";
import { newSecret, secretHash, TOKEN_PREFIX, type Viewer } from "./auth.service";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./password";
import { SessionEntity } from "./session.entity";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The longest an API token may live: scripts get a new one at least once a year. */
export const MAX_TOKEN_DAYS = 365;

export interface NewAccount {
  account: AccountEntity;
  /** Shown once; the account must replace it at its first sign-in. */
  password: string;
}

/** Makes an account with a random one-time password (no account ever has a default one). */
export async function createAccount(dataSource: DataSource, email: string, role: Role): Promise<NewAccount> {
  const normalized = email.trim().toLowerCase();
  if (!EMAIL.test(normalized)) throw new UserInputError(`"${email}" is not an email address`, "email");
  if (!ROLES.includes(role)) throw new UserInputError(`role must be one of ${ROLES.join(", ")}`, "role");
  const repository = dataSource.getRepository(AccountEntity);
  if (await repository.existsBy({ email: normalized })) {
    throw new UserInputError(`An account for ${normalized} already exists`, "email");
  }
  const password = generatePassword();
  const result = await repository.insert({
    email: normalized,
    role,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  const account = await repository.findOneByOrFail({ id: Number(result.identifiers[0].id) });
  return { account, password };
}

export async function changePassword(
  dataSource: DataSource,
  viewer: Viewer,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const repository = dataSource.getRepository(AccountEntity);
  const problem = passwordProblem(newPassword);
  if (problem) throw new UserInputError(`newPassword: ${problem}`, "newPassword");
  if (newPassword === currentPassword) {
    throw new UserInputError("newPassword: must differ from the current one", "newPassword");
  }
  const account = await repository.findOneByOrFail({ id: viewer.accountId });
  if (!(await verifyPassword(currentPassword, account.passwordHash))) {
    // Not UNAUTHENTICATED: the session holds; only the proof of knowing the password failed.
    throw new UserInputError("currentPassword: is not the account's password", "currentPassword");
  }
  await repository.update(
    { id: account.id },
    { passwordHash: await hashPassword(newPassword), mustChangePassword: false },
  );
  // Every other session of the account ends: whoever knew the old password is signed out.
  await dataSource.query(
    `UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND id <> $2 AND revoked_at IS NULL`,
    [account.id, viewer.sessionId ?? 0],
  );
}

/** An admin's reset: a new one-time password, every session of the account ended. */
export async function resetPassword(dataSource: DataSource, accountId: number): Promise<NewAccount> {
  const repository = dataSource.getRepository(AccountEntity);
  const account = await findAccount(dataSource, accountId);
  const password = generatePassword();
  await repository.update({ id: account.id }, { passwordHash: await hashPassword(password), mustChangePassword: true });
  await revokeAllSessions(dataSource, account.id);
  return { account: await repository.findOneByOrFail({ id: account.id }), password };
}

export async function listAccounts(dataSource: DataSource): Promise<AccountEntity[]> {
  return dataSource.getRepository(AccountEntity).find({ order: { id: "ASC" } });
}

export async function findAccount(dataSource: DataSource, id: number): Promise<AccountEntity> {
  const account = await dataSource.getRepository(AccountEntity).findOneBy({ id });
  if (!account) throw new NotFoundError(`No account ${id}`);
  return account;
}

/** Role changes and disabling; an admin cannot lock themselves out (another admin must do it). */
export async function updateAccount(
  dataSource: DataSource,
  viewer: Viewer,
  id: number,
  changes: { role?: Role | null; disabled?: boolean | null },
): Promise<AccountEntity> {
  const account = await findAccount(dataSource, id);
  if (id === viewer.accountId && ((changes.role && changes.role !== "admin") || changes.disabled)) {
    throw new ForbiddenError("Admins cannot demote or disable themselves; ask another admin.");
  }
  const repository = dataSource.getRepository(AccountEntity);
  if (changes.role) await repository.update({ id }, { role: changes.role });
  if (changes.disabled === true && account.disabledAt === null) {
    await repository.update({ id }, { disabledAt: () => "now()" });
    await revokeAllSessions(dataSource, id);
    await dataSource.query(`UPDATE api_tokens SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [
      id,
    ]);
  }
  if (changes.disabled === false) await repository.update({ id }, { disabledAt: null });
  return findAccount(dataSource, id);
}

async function revokeAllSessions(dataSource: DataSource, accountId: number): Promise<void> {
  await dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL`, [
    accountId,
  ]);
}

export async function listSessions(dataSource: DataSource, accountId: number): Promise<SessionEntity[]> {
  return dataSource.query(
    `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", last_seen_at AS "lastSeenAt",
            revoked_at AS "revokedAt", user_agent AS "userAgent", account_id AS "accountId"
       FROM sessions WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY id`,
    [accountId],
  );
}

/** Ends one of the viewer's own sessions (admins may end anyone's). */
export async function revokeSession(dataSource: DataSource, viewer: Viewer, id: number): Promise<boolean> {
  const session = await dataSource.getRepository(SessionEntity).findOneBy({ id });
  if (!session || (session.accountId !== viewer.accountId && viewer.role !== "admin")) {
    throw new NotFoundError(`No session ${id} of yours`);
  }
  await dataSource.getRepository(SessionEntity).update({ id }, { revokedAt: () => "now()" });
  return true;
}

export interface NewApiToken {
  token: string;
  record: ApiTokenEntity;
}

/** Scopes a role may hold: publishing is for editors and admins. */
function scopesAllowed(role: Role): readonly Scope[] {
  return role === "contributor" ? ["read", "draft"] : SCOPES;
}

/** Makes an API token for an account: random, shown once, stored hashed, scoped, with an expiry. */
export async function createApiToken(
  dataSource: DataSource,
  input: { accountId: number; name: string; scopes: Scope[]; expiresInDays: number },
): Promise<NewApiToken> {
  const account = await findAccount(dataSource, input.accountId);
  const name = input.name.trim();
  if (name === "") throw new UserInputError("name: say what the token is for", "name");
  if (input.scopes.length === 0)
    throw new UserInputError("scopes: give at least one of read, draft, publish", "scopes");
  const beyond = input.scopes.filter((s) => !scopesAllowed(account.role).includes(s));
  if (beyond.length > 0) {
    throw new UserInputError(`scopes: a ${account.role}'s token cannot have ${beyond.join(", ")}`, "scopes");
  }
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_TOKEN_DAYS) {
    throw new UserInputError(`expiresInDays: must be a whole number from 1 to ${MAX_TOKEN_DAYS}`, "expiresInDays");
  }
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const repository = dataSource.getRepository(ApiTokenEntity);
  const result = await repository.insert({
    tokenHash: secretHash(token),
    accountId: account.id,
    name,
    scopes: [...new Set(input.scopes)],
    expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
  });
  return { token, record: await repository.findOneByOrFail({ id: Number(result.identifiers[0].id) }) };
}

export async function listApiTokens(dataSource: DataSource, accountId?: number): Promise<ApiTokenEntity[]> {
  return dataSource.getRepository(ApiTokenEntity).find({
    where: accountId === undefined ? {} : { accountId },
    order: { id: "ASC" },
  });
}

export async function revokeApiToken(dataSource: DataSource, id: number): Promise<ApiTokenEntity> {
  const repository = dataSource.getRepository(ApiTokenEntity);
  const token = await repository.findOneBy({ id });
  if (!token) throw new NotFoundError(`No API token ${id}`);
  if (token.revokedAt === null) await repository.update({ id }, { revokedAt: () => "now()" });
  return repository.findOneByOrFail({ id });
}
