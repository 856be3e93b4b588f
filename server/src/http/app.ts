import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { DataSource } from "typeorm";
import type { RequestContext } from "../context";

export interface AppOptions {
  dataSource: DataSource;
  apollo: ApolloServer<RequestContext>;
  webDistDir: string;
}

/** The HTTP app: the GraphQL endpoint, a health check, and the built dashboard with client-side routes. */
export function createApp({ dataSource, apollo, webDistDir }: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async (): Promise<RequestContext> => ({ dataSource, requestId: randomUUID() }),
    }),
  );

  const indexHtml = path.join(webDistDir, "index.html");
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(webDistDir, { index: false, maxAge: "1h" }));
    // Client-side routes (/jurisdictions/denver-co, ...) all load the app shell.
    app.get(/^\/(?!api\/|graphql|embed\/.*\.(svg|png)$).*/, (_req, res) => res.sendFile(indexHtml));
  } else {
    app.get("/", (_req, res) => {
      res
        .type("text/plain")
        .send(`The dashboard has not been built (no ${indexHtml}). Run "pnpm start" from the repository root.\nThe API is at /graphql.`);
    });
  }
  return app;
}
