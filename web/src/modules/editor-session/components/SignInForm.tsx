import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql/editor";
import { FormErrors, TextField } from "../../../ui/form";
import { errorCode } from "../../../app/graphqlErrors";

const SignInMutation = graphql(`
  mutation SignInForm_SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      account {
        id
        email
        role
        mustChangePassword
      }
    }
  }
`);

function messageFor(code: string | null, fallback: string): string {
  if (code === "UNAUTHENTICATED") return "That email address and password do not match an active account.";
  if (code === "RATE_LIMITED") return `${fallback} Wait a little before you try again.`;
  return fallback;
}

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [result, signIn] = useMutation(SignInMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      email: email.trim() ? undefined : "Enter the email address of your staff account.",
      password: password ? undefined : "Enter your password.",
    };
    setMissing(problems);
    if (problems.email || problems.password) return;
    const answer = await signIn({ email: email.trim(), password });
    if (answer.data?.signIn) onSignedIn();
  };

  const failure = result.error
    ? messageFor(errorCode(result.error), result.error.graphQLErrors[0]?.message ?? result.error.message)
    : null;
  return (
    <form className="editor-form editor-form--narrow" onSubmit={submit} noValidate aria-label="Sign in">
      <FormErrors title="Could not sign in" messages={failure ? [failure] : []} />
      <TextField
        label="Email address"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        errors={missing.email ? [missing.email] : []}
        required
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        errors={missing.password ? [missing.password] : []}
        required
      />
      <div className="editor-form__actions">
        <button type="submit" className="button button--primary" disabled={result.fetching}>
          {result.fetching ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
