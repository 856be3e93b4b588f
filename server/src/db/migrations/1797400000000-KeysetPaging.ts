import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keyset pages that cost the same at any depth (issue 12). A page of batches seeks to its cursor with a row
 * comparison on the order's own sort expressions (batch.service.ts, BATCH_ORDERS) and reads the next rows in index
 * order; these indexes hold exactly those expressions, so the first page and one 500,000 rows in are both a short
 * index range scan. Both directions of an order share one index (scanned backward).
 */
export class KeysetPaging1797400000000 implements MigrationInterface {
  name = "KeysetPaging1797400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX batches_issued_keyset_idx ON batches
                     (issued_on, (CASE issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END), id COLLATE "C")`);
    await q.query(`CREATE INDEX batches_jurisdiction_keyset_idx ON batches
                     (jurisdiction_slug COLLATE "C", issued_on, id COLLATE "C")`);
    await q.query(`CREATE INDEX batches_count_keyset_idx ON batches
                     (((subpoena_count IS NULL)::int), (coalesce(subpoena_count, 0)), issued_on, id COLLATE "C")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX batches_count_keyset_idx`);
    await q.query(`DROP INDEX batches_jurisdiction_keyset_idx`);
    await q.query(`DROP INDEX batches_issued_keyset_idx`);
  }
}
