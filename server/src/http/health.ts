import express, { type Router } from "express";
import type { DataSource } from "typeorm";
import { MIGRATIONS } from "../db/migrations";
import { RETRY_AFTER_SECONDS } from "../db/unavailable";

/**
 * For load balancers and orchestrators:
 * - GET /healthz: the process is alive and serving HTTP. It touches nothing else, so a slow or absent database never
 *   makes a healthy process look dead (restarting it would not help).
 * - GET /readyz: the process can serve requests: the database answers and every migration this build knows is
 *   applied. 503 with Retry-After otherwise: take the instance out of rotation, do not restart it.
 */
export function createHealthRouter(dataSource: DataSource): Router {
  const router = express.Router();
  const expected = MIGRATIONS.length;
  router.get("/healthz", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ ok: true });
  });
  router.get("/readyz", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      const [{ applied }] = await dataSource.query<{ applied: number }[]>(`SELECT count(*) AS applied FROM migrations`);
      if (applied < expected) {
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        res.status(503).json({ ok: false, database: "up", migrations: { applied, expected } });
        return;
      }
      res.json({ ok: true, database: "up", migrations: { applied, expected } });
    } catch {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.status(503).json({ ok: false, database: "unreachable" });
    }
  });
  return router;
}
