import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Counting in one pass over the batches (issue 12), with one total whatever the grouping (issue 10).
 *
 * - batches.counted_subpoenas is what a batch adds to a total: its count when known; when unknown, the subpoenas its
 *   events report (the parts of known size of its outcome breakdown), so that grouping by outcome and grouping by
 *   anything else give the same total (docs/outcomes.md, "Totals"). The outcome recompute keeps it, like
 *   batch_outcomes, and it saves counting from joining batch_outcomes.
 * - batches_counts_idx covers what counting reads, so a date range is answered from the index alone.
 */
export class CountsInOnePass1796000000000 implements MigrationInterface {
  name = "CountsInOnePass1796000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE batches ADD COLUMN counted_subpoenas integer NOT NULL DEFAULT 0
                     CHECK (counted_subpoenas >= 0)`);
    await q.query(`
      UPDATE batches b SET counted_subpoenas = coalesce(b.subpoena_count,
        (SELECT sum(bo.subpoenas) FROM batch_outcomes bo WHERE bo.batch_id = b.id), 0)
       WHERE b.counted_subpoenas IS DISTINCT FROM coalesce(b.subpoena_count,
        (SELECT sum(bo.subpoenas) FROM batch_outcomes bo WHERE bo.batch_id = b.id), 0)`);
    await q.query(`CREATE INDEX batches_counts_idx ON batches (issued_on)
                     INCLUDE (issued_precision, jurisdiction_slug, issuing_component, count_precision, subpoena_count,
                              counted_subpoenas)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX batches_counts_idx`);
    await q.query(`ALTER TABLE batches DROP COLUMN counted_subpoenas`);
  }
}
