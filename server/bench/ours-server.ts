import "reflect-metadata";
import { loadConfig } from "../src/config";
import { startServer } from "../src/server";

/** Our server on the benchmark database. `node -r ./register.cjs bench/ours-server.ts <database-url> <port>`. */
const [databaseUrl, port] = process.argv.slice(2);
startServer({ ...loadConfig({}), databaseUrl, port: Number(port), host: "127.0.0.1", logLevel: "silent" }).then(
  (server) => console.log(`listening ${server.url}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
