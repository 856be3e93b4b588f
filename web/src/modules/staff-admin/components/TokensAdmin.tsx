import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { Scope, StaffAdmin_DataQuery } from "../../../gql/editor/graphql";
import { ChoiceField, FieldShell, FormErrors, TextField } from "../../../ui/form";
import { formatMoment } from "../../changesets/utils/status";
import { messagesOf } from "../utils/messages";
import { OneTimeSecret } from "./OneTimeSecret";

const CreateTokenMutation = graphql(`
  mutation TokensAdmin_CreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        scopes
        expiresAt
      }
    }
  }
`);

const RevokeTokenMutation = graphql(`
  mutation TokensAdmin_RevokeToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

type Account = StaffAdmin_DataQuery["accounts"][number];
type Token = StaffAdmin_DataQuery["apiTokens"][number];

const SCOPES: { value: Scope; label: string }[] = [
  { value: "READ", label: "Read: changesets, drafts and previews" },
  { value: "DRAFT", label: "Draft: create and edit draft changesets" },
  { value: "PUBLISH", label: "Publish: publish changesets (editors and admins)" },
];

const SCOPE_NAMES: Record<Scope, string> = { READ: "read", DRAFT: "draft", PUBLISH: "publish" };

const scopeList = (scopes: readonly Scope[]) => scopes.map((s) => SCOPE_NAMES[s]).join(", ");

function TokenCard({ token, owner, onChanged }: { token: Token; owner: string; onChanged: () => void }) {
  const [revoking, revoke] = useMutation(RevokeTokenMutation);
  const expired = Date.parse(token.expiresAt) <= Date.now();
  const state = token.revokedAt ? "Revoked" : expired ? "Expired" : "Valid";
  return (
    <li className="change-card admin-item" aria-label={`Token ${token.name}`}>
      <div className="change-card__head">
        <h3>{token.name}</h3>
        <span className={`tag stage-tag stage-tag--${state === "Valid" ? "published" : "discarded"}`}>{state}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>Acts as</dt>
          <dd>{owner}</dd>
        </div>
        <div>
          <dt>Scopes</dt>
          <dd>{scopeList(token.scopes)}</dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>{formatMoment(token.expiresAt)}</dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>{token.lastUsedAt ? formatMoment(token.lastUsedAt) : "Never"}</dd>
        </div>
      </dl>
      <FormErrors title="That did not work" messages={messagesOf(revoking.error)} />
      {!token.revokedAt && (
        <button
          type="button"
          className="button button--quiet"
          disabled={revoking.fetching}
          onClick={async () => {
            const answer = await revoke({ id: token.id });
            if (!answer.error) onChanged();
          }}
        >
          Revoke<span className="visually-hidden"> token {token.name}</span>
        </button>
      )}
    </li>
  );
}

// API tokens for scripts: made for an account with scopes and an expiry, shown once, revocable at any time.
export function TokensAdmin({
  accounts,
  tokens,
  onChanged,
}: {
  accounts: readonly Account[];
  tokens: readonly Token[];
  onChanged: () => void;
}) {
  const active = accounts.filter((a) => a.disabledAt === null);
  const [accountId, setAccountId] = useState("");
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Scope[]>(["READ"]);
  const [days, setDays] = useState("90");
  const [created, create] = useMutation(CreateTokenMutation);
  const [secret, setSecret] = useState<{ token: string; name: string; scopes: Scope[]; expiresAt: string } | null>(
    null,
  );
  const emailOf = (id: number) => accounts.find((a) => Number(a.id) === id)?.email ?? `account ${id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({
      input: { accountId, name: name.trim(), scopes, expiresInDays: Number(days) },
    });
    const made = answer.data?.createApiToken;
    if (!made) return;
    setSecret({
      token: made.token,
      name: made.apiToken.name,
      scopes: made.apiToken.scopes,
      expiresAt: made.apiToken.expiresAt,
    });
    setName("");
    onChanged();
  };
  const toggle = (scope: Scope, on: boolean) =>
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  return (
    <section className="editor-section" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <form className="editor-form" onSubmit={submit} aria-label="Make an API token">
        <ChoiceField
          label="Account the token acts as"
          value={accountId}
          options={active.map((a) => ({ value: a.id, label: a.email }))}
          onChange={setAccountId}
          emptyLabel="Choose an account…"
          required
        />
        <TextField
          label="Name of the token"
          value={name}
          onChange={setName}
          hint="What it is for, e.g. “nightly import script”."
          required
        />
        <FieldShell label="Scopes" group required>
          {() => (
            <ul className="checkbox-list">
              {SCOPES.map((scope) => (
                <li key={scope.value}>
                  <label>
                    <input
                      type="checkbox"
                      checked={scopes.includes(scope.value)}
                      onChange={(event) => toggle(scope.value, event.target.checked)}
                    />{" "}
                    {scope.label}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </FieldShell>
        <TextField
          label="Days until it expires"
          type="number"
          inputMode="numeric"
          value={days}
          onChange={setDays}
          required
        />
        <FormErrors title="The token was not made" messages={messagesOf(created.error)} />
        <div className="editor-form__actions">
          <button type="submit" className="button button--primary" disabled={created.fetching || !accountId}>
            Make the token
          </button>
        </div>
      </form>
      {secret && (
        <OneTimeSecret
          title={`API token “${secret.name}”: ${scopeList(secret.scopes)}, until ${formatMoment(secret.expiresAt)}`}
          secret={secret.token}
          note="Send it as “Authorization: Bearer <token>”. It is stored only as a hash and will not be shown again."
          onDone={() => setSecret(null)}
        />
      )}
      {tokens.length === 0 ? (
        <p className="status">No API token yet.</p>
      ) : (
        <ol className="change-list" aria-label="API tokens">
          {tokens.map((token) => (
            <TokenCard
              key={`${token.id}:${token.revokedAt ?? ""}`}
              token={token}
              owner={emailOf(token.accountId)}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
