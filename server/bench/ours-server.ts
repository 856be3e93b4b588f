import "reflect-metadata";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";

/** Our server on the benchmark database. `node -r ./register.cjs bench/ours-server.ts <database-url> <port>`. */
const [databaseUrl, port] = process.argv.slice(2);
// No rate limit: the references have none, and autocannon is one client that would soon be refused. In production
// the limiter adds its own statement per request (docs/security.md).
const defaults = loadConfig({});
startServer({
  ...defaults,
  databaseUrl,
  port: Number(port),
  host: "127.0.0.1",
  logLevel: "silent",
  rateLimit: { ...defaults.rateLimit, points: 0 },
}).then(
  (server) => console.log(`listening ${server.url}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
