import { Client, cacheExchange, fetchExchange } from "urql";

// Apollo Server refuses simple GET requests as possible CSRF, so queries go as POST with a JSON body, and carry the
// header Apollo accepts as proof of a non-simple request in case a GET ever slips through.
export function createUrqlClient(url = "/graphql"): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { "apollo-require-preflight": "true" } },
    requestPolicy: "cache-first",
  });
}
