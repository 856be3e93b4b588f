import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { idOf, viewerOf } from "../shared/arguments";
import type { Role } from "./account.entity";
import {
  changePassword,
  createAccount,
  createApiToken,
  findAccount,
  listAccounts,
  listApiTokens,
  listSessions,
  resetPassword,
  revokeApiToken,
  revokeSession,
  updateAccount,
} from "./account.service";
import {
  Account,
  AccountWithPassword,
  ApiToken,
  CreateApiTokenInput,
  CreatedApiToken,
  RoleEnum,
  Session,
  UpdateAccountInput,
  Viewer,
} from "./account.types";
import { signIn } from "./auth.service";
import type { Permission } from "./permissions";

@Resolver()
export class AccountResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: "Who is calling: the signed-in account or the API token's, with what it may do; null for the public.",
  })
  async viewer(@Ctx() ctx: RequestContext): Promise<Viewer | null> {
    if (!ctx.viewer) return null;
    const account = await findAccount(ctx.dataSource, ctx.viewer.accountId);
    return { account, via: ctx.viewer.via.toUpperCase(), scopes: [...ctx.viewer.scopes] };
  }

  @Mutation(() => Viewer, {
    description:
      "Signs in with an email address and password and sets the session cookie (HttpOnly, SameSite=Lax, Secure over TLS). Failed attempts are limited per account and per address (code RATE_LIMITED).",
  })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Arg("email", { description: "The account's email address." }) email: string,
    @Arg("password", { description: "The account's password." }) password: string,
  ): Promise<Viewer> {
    if (!ctx.http || !ctx.editorial) throw new Error("signIn needs the HTTP exchange");
    const session = await signIn(ctx.dataSource, ctx.editorial, {
      email,
      password,
      address: ctx.http.address,
      userAgent: ctx.http.userAgent,
    });
    ctx.http.setSessionCookie(session.secret, session.expiresAt);
    ctx.viewer = session.viewer;
    const account = await findAccount(ctx.dataSource, session.viewer.accountId);
    return { account, via: "SESSION", scopes: [...session.viewer.scopes] };
  }

  @Authorized<Permission>("account")
  @Mutation(() => Boolean, { description: "Ends this sign-in session and clears its cookie." })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (viewer.sessionId !== null) await revokeSession(ctx.dataSource, viewer, viewer.sessionId);
    ctx.http?.clearSessionCookie();
    return true;
  }

  @Authorized<Permission>("account")
  @Mutation(() => Boolean, {
    description: `Replaces the account's password (at least 12 characters). Ends the account's other sessions.`,
  })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Arg("currentPassword", { description: "The password in use now." }) currentPassword: string,
    @Arg("newPassword", { description: "The new password, at least 12 characters." }) newPassword: string,
  ): Promise<boolean> {
    await changePassword(ctx.dataSource, viewerOf(ctx), currentPassword, newPassword);
    return true;
  }

  @Authorized<Permission>("account")
  @Query(() => [Session], { description: "The viewer's own sessions that are still open." })
  mySessions(@Ctx() ctx: RequestContext): Promise<Session[]> {
    return listSessions(ctx.dataSource, viewerOf(ctx).accountId);
  }

  @Authorized<Permission>("account")
  @Mutation(() => Boolean, { description: "Ends one of the viewer's sessions (admins: anyone's)." })
  revokeSession(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The session's id." }) id: string,
  ): Promise<boolean> {
    return revokeSession(ctx.dataSource, viewerOf(ctx), idOf(id, "id"));
  }

  @Authorized<Permission>("admin")
  @Query(() => [Account], { description: "Every staff account (admins only)." })
  accounts(@Ctx() ctx: RequestContext): Promise<Account[]> {
    return listAccounts(ctx.dataSource);
  }

  @Authorized<Permission>("admin")
  @Mutation(() => AccountWithPassword, {
    description: "Makes a staff account with a one-time password, shown once (admins only).",
  })
  async createAccount(
    @Ctx() ctx: RequestContext,
    @Arg("email", { description: "The new account's email address." }) email: string,
    @Arg("role", () => RoleEnum, { description: "What the account may do." }) role: Role,
  ): Promise<AccountWithPassword> {
    const { account, password } = await createAccount(ctx.dataSource, email, role);
    return { account, oneTimePassword: password };
  }

  @Authorized<Permission>("admin")
  @Mutation(() => Account, { description: "Changes an account's role, or disables or enables it (admins only)." })
  updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The account's id." }) id: string,
    @Arg("input", () => UpdateAccountInput, { description: "What to change." }) input: UpdateAccountInput,
  ): Promise<Account> {
    return updateAccount(ctx.dataSource, viewerOf(ctx), idOf(id, "id"), input);
  }

  @Authorized<Permission>("admin")
  @Mutation(() => AccountWithPassword, {
    description: "Gives an account a new one-time password and ends its sessions (admins only).",
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The account's id." }) id: string,
  ): Promise<AccountWithPassword> {
    const { account, password } = await resetPassword(ctx.dataSource, idOf(id, "id"));
    return { account, oneTimePassword: password };
  }

  @Authorized<Permission>("admin")
  @Query(() => [ApiToken], { description: "API tokens, of one account or of all (admins only)." })
  apiTokens(
    @Ctx() ctx: RequestContext,
    @Arg("accountId", () => ID, { nullable: true, description: "Only this account's tokens." })
    accountId: string | null | undefined,
  ): Promise<ApiToken[]> {
    // An argument left out arrives as undefined, one sent as null as null: both mean every account's tokens.
    return listApiTokens(ctx.dataSource, accountId == null ? undefined : idOf(accountId, "accountId"));
  }

  @Authorized<Permission>("admin")
  @Mutation(() => CreatedApiToken, {
    description: "Makes an API token for an account; its secret is in the answer and nowhere else (admins only).",
  })
  async createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateApiTokenInput, { description: "The token's account, name, scopes and lifetime." })
    input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    const { token, record } = await createApiToken(ctx.dataSource, {
      ...input,
      accountId: idOf(input.accountId, "input.accountId"),
    });
    return { token, apiToken: record };
  }

  @Authorized<Permission>("admin")
  @Mutation(() => ApiToken, { description: "Revokes an API token at once (admins only)." })
  revokeApiToken(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The token's id." }) id: string,
  ): Promise<ApiToken> {
    return revokeApiToken(ctx.dataSource, idOf(id, "id"));
  }
}
