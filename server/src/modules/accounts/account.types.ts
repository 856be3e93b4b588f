import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../schema/enums";
import { ROLES, type Role } from "./account.entity";
import { SCOPES, type Scope } from "./api-token.entity";

export const RoleEnum = enumOf<Role>(ROLES);
registerEnumType(RoleEnum, {
  name: "Role",
  description: "What a staff account may do. Each role may also do everything the roles before it may.",
  valuesConfig: {
    CONTRIBUTOR: { description: "Drafts changes in changesets and submits them for review." },
    EDITOR: { description: "Reviews and publishes changesets (not one they wrote alone) and answers error reports." },
    ADMIN: { description: "Also manages accounts and API tokens." },
  },
});

export const ScopeEnum = enumOf<Scope>(SCOPES);
registerEnumType(ScopeEnum, {
  name: "Scope",
  description: "What an API token may do, within what its account's role allows.",
  valuesConfig: {
    READ: { description: "Read changesets, drafts, previews and (for editors) the error reports." },
    DRAFT: { description: "Create and edit draft changesets." },
    PUBLISH: { description: "Publish changesets (editors and admins only)." },
  },
});

@ObjectType({ description: "A staff account." })
export class Account {
  @Field(() => ID, { description: "The account's id." })
  id: number;

  @Field({ description: "The email address the account signs in with." })
  email: string;

  @Field(() => RoleEnum, { description: "What the account may do." })
  role: Role;

  @Field({ description: "Whether the account still has to replace a one-time password." })
  mustChangePassword: boolean;

  @Field({ description: "When the account was made (ISO 8601)." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the account was disabled; null while it is active." })
  disabledAt: Date | null;
}

@ObjectType({ description: "Who is calling: a signed-in staff member, or a script with an API token." })
export class Viewer {
  @Field(() => Account, { description: "The account." })
  account: Account;

  @Field({ description: "SESSION for a sign-in cookie, TOKEN for an API token." })
  via: string;

  @Field(() => [ScopeEnum], {
    description: "What this request may do: every scope for a session, the token's for a token.",
  })
  scopes: Scope[];
}

@ObjectType({ description: "A signed-in browser session." })
export class Session {
  @Field(() => ID, { description: "The session's id (not its secret, which only the browser's cookie holds)." })
  id: number;

  @Field({ description: "When the session began." })
  createdAt: Date;

  @Field({ description: "When the session ends unless revoked first." })
  expiresAt: Date;

  @Field({ description: "When the session was last used (to the minute)." })
  lastSeenAt: Date;

  @Field(() => String, { nullable: true, description: "The browser that signed in, as it named itself." })
  userAgent: string | null;
}

@ObjectType({ description: "An API token for scripts. Its secret is shown once, when it is made, and never stored." })
export class ApiToken {
  @Field(() => ID, { description: "The token's id." })
  id: number;

  @Field(() => Int, { description: "The account the token acts as." })
  accountId: number;

  @Field({ description: "What the token is for." })
  name: string;

  @Field(() => [ScopeEnum], { description: "What the token may do." })
  scopes: Scope[];

  @Field({ description: "When the token was made." })
  createdAt: Date;

  @Field({ description: "When the token stops working." })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: "When the token was revoked; null while it is valid." })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the token was last used; null if never." })
  lastUsedAt: Date | null;
}

@ObjectType({ description: "A new API token and its secret, shown this once." })
export class CreatedApiToken {
  @Field({
    description: "The secret to send as `Authorization: Bearer <token>`. It is not stored and cannot be shown again.",
  })
  token: string;

  @Field(() => ApiToken, { description: "The token's record." })
  apiToken: ApiToken;
}

@ObjectType({ description: "An account with a one-time password, shown this once." })
export class AccountWithPassword {
  @Field(() => Account, { description: "The account." })
  account: Account;

  @Field({ description: "A one-time password: pass it on privately; it must be replaced at the first sign-in." })
  oneTimePassword: string;
}

@InputType({ description: "A new API token." })
export class CreateApiTokenInput {
  @Field(() => ID, { description: "The account the token acts as." })
  accountId: number;

  @Field({ description: "What the token is for, e.g. 'nightly import script'." })
  name: string;

  @Field(() => [ScopeEnum], { description: "What the token may do; PUBLISH only for editors' and admins' tokens." })
  scopes: Scope[];

  @Field(() => Int, { description: "Days until the token stops working, from 1 to 365." })
  expiresInDays: number;
}

@InputType({ description: "Changes to an account." })
export class UpdateAccountInput {
  @Field(() => RoleEnum, { nullable: true, description: "A new role." })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true disables the account (ending its sessions and revoking its tokens); false enables it again.",
  })
  disabled?: boolean | null;
}
