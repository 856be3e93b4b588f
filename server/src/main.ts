import "reflect-metadata";
import { loadConfig } from "./config";
import { startServer } from "./server";

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`Subpoena Tracker is running:
  Dashboard  ${server.url}/
  GraphQL    ${server.url}/graphql
Press Ctrl+C to stop.`);
  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
