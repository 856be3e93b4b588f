import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rate-limit counters live in the database so that several server processes sharing one PostgreSQL enforce one
 * limit per client: a fixed-window counter per client and window, bumped by a single upsert per request and
 * swept once the window is over. Small and short-lived: no foreign keys, nothing else reads it.
 */
export class RateLimits1796200000000 implements MigrationInterface {
  name = "RateLimits1796200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limits (
        client text NOT NULL,
        window_id bigint NOT NULL,
        points integer NOT NULL,
        PRIMARY KEY (client, window_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
