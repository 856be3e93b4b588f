import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/database";
import { seedIfEmpty } from "./db/seed";
import { PngRenderer } from "./embed/png-renderer";
import { createApp } from "./http/app";
import { GraphqlAnswerCache } from "./http/graphql-answer-cache";
import { createApolloServer } from "./http/graphql";
import { createPublicOrigin } from "./http/public-origin";
import { RateLimiter } from "./http/rate-limit/rate-limiter";
import { WorkGate } from "./http/work-gate";
import { createLogger } from "./logger";
import { buildApiSchema } from "./schema/build-schema";
import { DatasetSizesCache } from "./schema/cost/dataset-sizes";

export interface RunningServer {
  url: string;
  database: Database;
  /** Stops taking requests, lets those in flight finish (for drainMs at most), then closes the database. */
  stop(drainMs?: number): Promise<void>;
}

/** How long a stop waits for requests in flight before cutting their connections. */
const DEFAULT_DRAIN_MS = 10_000;

/** Start-up in order: database (migrated, seeded when empty) -> schema -> HTTP. Used by main.ts and the tests. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  try {
    logger.info(
      `Database: ${database.kind === "embedded" ? `embedded PGlite (${config.embeddedDataDir})` : "PostgreSQL"}`,
    );
    await seedIfEmpty(database.dataSource, config.seedDir, logger.info);
    const sizes = new DatasetSizesCache(database.pool);
    await sizes.start();
    const limiter = new RateLimiter(database.dataSource, config.rateLimit.points, config.rateLimit.windowSeconds);
    const pngRenderer = new PngRenderer(config.images.workers, config.images.queue);
    const costlyWork = new WorkGate(config.api.costlyConcurrent, config.api.costlyQueue);
    const answers = new GraphqlAnswerCache();
    const apollo = createApolloServer(
      await buildApiSchema(),
      logger,
      config.api,
      sizes,
      database.dataSource,
      costlyWork,
      answers,
    );
    await apollo.start();
    let listening = "";
    const app = createApp({
      dataSource: database.dataSource,
      apollo,
      webDistDir: config.webDistDir,
      limits: config.api,
      streams: config.streams,
      logger,
      trustProxy: config.trustProxy,
      limiter,
      sizes,
      pngRenderer,
      costlyWork,
      maxPixels: config.images.maxPixels,
      publicOrigin: createPublicOrigin({
        publicUrl: config.publicUrl,
        trustProxy: config.trustProxy,
        listening: () => listening,
      }),
      editorial: config.editorial,
      answers,
    });
    // While stopping, answers close their connections: a client holding a keep-alive connection would otherwise
    // keep sending requests on it, and the drain would never end (or cut them off at its deadline).
    let stopping = false;
    const open = new Set<http.ServerResponse>();
    const server = http.createServer((req, res) => {
      open.add(res);
      res.once("close", () => open.delete(res));
      if (stopping) res.setHeader("Connection", "close");
      app(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    // Listening on every interface: links name this machine the way a browser on it would.
    listening = ["0.0.0.0", "::", ""].includes(config.host) ? `http://localhost:${port}` : url;
    return {
      url,
      database,
      async stop(drainMs = DEFAULT_DRAIN_MS) {
        stopping = true;
        for (const res of open) if (!res.headersSent) res.setHeader("Connection", "close");
        await new Promise<void>((resolve) => {
          const cut = setTimeout(() => server.closeAllConnections(), drainMs);
          server.close(() => {
            clearTimeout(cut);
            resolve();
          });
          // Idle keep-alive connections would hold close() open; those with a request in flight finish first.
          server.closeIdleConnections();
        });
        sizes.stop();
        await pngRenderer.close();
        await apollo.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
