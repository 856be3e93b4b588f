import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/database";
import { seedIfEmpty } from "./db/seed";
import { createApp } from "./http/app";
import { createApolloServer } from "./http/graphql";
import { createLogger } from "./logger";
import { buildApiSchema } from "./schema/build-schema";

export interface RunningServer {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/** Start-up in order: database (migrated, seeded when empty) -> schema -> HTTP. Used by main.ts and the tests. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    logger.info(
      `Database: ${database.kind === "embedded" ? `embedded PGlite (${config.embeddedDataDir})` : "PostgreSQL"}`,
    );
    await seedIfEmpty(database.dataSource, config.seedDir, logger.info);
    const apollo = createApolloServer(await buildApiSchema(), logger, config.api);
    await apollo.start();
    const app = createApp({
      dataSource: database.dataSource,
      apollo,
      webDistDir: config.webDistDir,
      limits: config.api,
      logger,
      trustProxy: config.trustProxy,
      editorial: config.editorial,
    });
    const server = http.createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    return {
      url,
      database,
      async stop() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await apollo.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
