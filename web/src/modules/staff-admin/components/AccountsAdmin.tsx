import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import type { Role, StaffAdmin_DataQuery } from "../../../gql/editor/graphql";
import { ChoiceField, FormErrors, TextField } from "../../../ui/form";
import { formatMoment } from "../../changesets/utils/status";
import { ROLE_LABELS } from "../../editor-session/utils/roles";
import { messagesOf } from "../utils/messages";
import { OneTimeSecret } from "./OneTimeSecret";

const CreateAccountMutation = graphql(`
  mutation AccountsAdmin_CreateAccount($email: String!, $role: Role!) {
    createAccount(email: $email, role: $role) {
      account {
        id
        email
        role
      }
      oneTimePassword
    }
  }
`);

const UpdateAccountMutation = graphql(`
  mutation AccountsAdmin_UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      role
      disabledAt
    }
  }
`);

type Account = StaffAdmin_DataQuery["accounts"][number];

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

function AccountCard({ account, self, onChanged }: { account: Account; self: boolean; onChanged: () => void }) {
  const [role, setRole] = useState<Role>(account.role);
  const [update, run] = useMutation(UpdateAccountMutation);
  const change = async (input: { role?: Role; disabled?: boolean }) => {
    const answer = await run({ id: account.id, input });
    if (!answer.error) onChanged();
  };
  const disabled = account.disabledAt !== null;
  return (
    <li className="change-card admin-item" aria-label={account.email}>
      <div className="change-card__head">
        <h3>{account.email}</h3>
        <span className={`tag stage-tag stage-tag--${disabled ? "discarded" : "published"}`}>
          {disabled ? "Disabled" : ROLE_LABELS[account.role]}
        </span>
      </div>
      <p className="source__meta">
        Since {formatMoment(account.createdAt)}
        {account.mustChangePassword ? "; has not replaced the one-time password yet" : ""}
        {disabled ? `; disabled ${formatMoment(account.disabledAt!)}` : ""}
        {self ? " (you)" : ""}
      </p>
      <FormErrors title="That did not work" messages={messagesOf(update.error)} />
      <div className="editor-form editor-form--inline">
        <ChoiceField
          label={`Role of ${account.email}`}
          value={role}
          options={ROLE_OPTIONS}
          onChange={(value) => setRole(value as Role)}
        />
        <div className="editor-form__actions">
          <button
            type="button"
            className="button"
            disabled={update.fetching || role === account.role}
            onClick={() => change({ role })}
          >
            Change the role<span className="visually-hidden"> of {account.email}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={update.fetching}
            onClick={() => change({ disabled: !disabled })}
          >
            {disabled ? "Enable" : "Disable"}
            <span className="visually-hidden"> {account.email}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

// Staff accounts for admins: who can sign in and as what. A new account gets a one-time password, shown here once.
export function AccountsAdmin({
  accounts,
  selfId,
  onChanged,
}: {
  accounts: readonly Account[];
  selfId: string;
  onChanged: () => void;
}) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("CONTRIBUTOR");
  const [created, create] = useMutation(CreateAccountMutation);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ email: email.trim(), role });
    const made = answer.data?.createAccount;
    if (!made) return;
    setSecret({ email: made.account.email, password: made.oneTimePassword });
    setEmail("");
    onChanged();
  };
  return (
    <section className="editor-section" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts</h2>
      <form className="editor-form" onSubmit={submit} aria-label="Add an account">
        <TextField
          label="Email address of the new account"
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          required
        />
        <ChoiceField
          label="Role of the new account"
          value={role}
          options={ROLE_OPTIONS}
          onChange={(value) => setRole(value as Role)}
          hint="Contributors draft; editors also review and publish; admins also manage accounts and tokens."
        />
        <FormErrors title="The account was not made" messages={messagesOf(created.error)} />
        <div className="editor-form__actions">
          <button type="submit" className="button button--primary" disabled={created.fetching}>
            Add the account
          </button>
        </div>
      </form>
      {secret && (
        <OneTimeSecret
          title={`One-time password for ${secret.email}`}
          secret={secret.password}
          note="Pass it on privately. It will not be shown again; the account must replace it at its first sign-in."
          onDone={() => setSecret(null)}
        />
      )}
      <ol className="change-list" aria-label="Staff accounts">
        {accounts.map((account) => (
          <AccountCard
            key={`${account.id}:${account.role}:${account.disabledAt ?? ""}`}
            account={account}
            self={account.id === selfId}
            onChanged={onChanged}
          />
        ))}
      </ol>
    </section>
  );
}
