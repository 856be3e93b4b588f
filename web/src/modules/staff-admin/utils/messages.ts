import type { CombinedError } from "urql";

/** What a refused admin operation says, for the form's alert: the server's own messages, or the network's. */
export function messagesOf(error: CombinedError | undefined): string[] {
  if (!error) return [];
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message);
  return [error.message];
}
