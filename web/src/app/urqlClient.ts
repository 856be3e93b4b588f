import { Client, cacheExchange, fetchExchange } from "urql";
import { transitionExchange } from "./transitionExchange";

// Apollo Server refuses simple GET requests as possible CSRF, so queries go as POST with a JSON body, and carry the
// header Apollo accepts as proof of a non-simple request in case a GET ever slips through. The same header is what
// the server asks of a request that carries the staff sign-in cookie (a cross-site form cannot send it), and the
// cookie itself goes with same-origin requests only.
// `headers` adds to every request, e.g. the editor's preview of a draft (X-Preview-Changeset).
export function createUrqlClient(url = "/graphql", headers: Record<string, string> = {}): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, transitionExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: "same-origin", headers: { "apollo-require-preflight": "true", ...headers } },
    requestPolicy: "cache-first",
  });
}
