import "reflect-metadata";
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./server";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config);
  logger.info(`Subpoena Tracker is running: dashboard ${server.url}/, GraphQL ${server.url}/graphql`, {
    url: server.url,
  });
  // Stop once, however many signals arrive (Ctrl+C twice, or an orchestrator's repeated SIGTERM): finish the
  // requests in flight, close the database (the embedded one removes its lock file), and exit 0.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing the requests in flight, then stopping.`);
    server.stop().then(
      () => {
        logger.info("Stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error("The stop failed.", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  // A start-up failure (bad configuration, a database in use or unreachable) says what to do; a stack would bury it.
  createLogger("info").error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
