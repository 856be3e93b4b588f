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
  // Stop once, however many signals arrive (Ctrl+C twice, or an orchestrator's repeated SIGTERM): finish the
  // requests in flight, close the database (the embedded one removes its lock file), and exit 0.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing the requests in flight, then stopping.`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
