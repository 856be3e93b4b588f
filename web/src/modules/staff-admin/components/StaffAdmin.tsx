import { useQuery } from "urql";
import { graphql } from "../../../gql/editor";
import { ErrorState, Skeleton } from "../../../ui/status";
import { AccountsAdmin } from "./AccountsAdmin";
import { TokensAdmin } from "./TokensAdmin";

const DataQuery = graphql(`
  query StaffAdmin_Data {
    accounts {
      id
      email
      role
      disabledAt
      mustChangePassword
      createdAt
    }
    apiTokens {
      id
      accountId
      name
      scopes
      expiresAt
      lastUsedAt
      revokedAt
      createdAt
    }
  }
`);

// The admin's page: staff accounts and API tokens.
export function StaffAdmin({ selfId }: { selfId: string }) {
  const [result, refetch] = useQuery({ query: DataQuery, requestPolicy: "cache-and-network" });
  const reload = () => refetch({ requestPolicy: "network-only" });
  if (result.error && !result.data) {
    return <ErrorState title="The accounts could not be loaded" error={result.error} onRetry={reload} />;
  }
  if (!result.data) return <Skeleton height={320} label="Loading the accounts" />;
  return (
    <>
      <AccountsAdmin accounts={result.data.accounts} selfId={selfId} onChanged={reload} />
      <TokensAdmin accounts={result.data.accounts} tokens={result.data.apiTokens} onChanged={reload} />
    </>
  );
}
