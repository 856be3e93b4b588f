import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Pre-aggregated counts (issue 12): the dashboard's charts read a few thousand rollup rows instead of every batch.
 *
 * - count_rollup_batches: per month (or year, for year-only dates) × jurisdiction × issuing component, what the
 *   batches add to a total (see docs/outcomes.md, "Totals") with the batches of unknown and inexact size.
 * - count_rollup_parts: the same per outcome, from the outcome breakdown.
 *
 * Day-precise and month-precise dates share a month row: a period, and a filter bound given as a year or a month,
 * cannot tell them apart. Filters that can (a bound given as a day, agencies, offense categories) are answered from
 * the base tables. The write path keeps both tables in the transaction that changes the batches (count-rollup.ts);
 * rows that fall to zero stay and are skipped by the queries.
 */
export class CountRollups1796000100000 implements MigrationInterface {
  name = "CountRollups1796000100000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE count_rollup_batches (
        issued_on date NOT NULL,
        issued_precision text NOT NULL CHECK (issued_precision IN ('year', 'month')),
        jurisdiction_slug text NOT NULL,
        issuing_component text,
        batches integer NOT NULL,
        subpoenas bigint NOT NULL,
        unknown_batches integer NOT NULL,
        inexact_batches integer NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX count_rollup_batches_key ON count_rollup_batches
                     (issued_on, issued_precision, jurisdiction_slug, (coalesce(issuing_component, '')))`);
    await q.query(`
      CREATE TABLE count_rollup_parts (
        issued_on date NOT NULL,
        issued_precision text NOT NULL CHECK (issued_precision IN ('year', 'month')),
        jurisdiction_slug text NOT NULL,
        issuing_component text,
        outcome text NOT NULL,
        batches integer NOT NULL,
        subpoenas bigint NOT NULL,
        unknown_batches integer NOT NULL,
        inexact_batches integer NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX count_rollup_parts_key ON count_rollup_parts
                     (outcome, issued_on, issued_precision, jurisdiction_slug, (coalesce(issuing_component, '')))`);
    // Filled from what is stored; from here on the write path keeps them.
    await q.query(`
      INSERT INTO count_rollup_batches (issued_on, issued_precision, jurisdiction_slug, issuing_component, batches,
                                        subpoenas, unknown_batches, inexact_batches)
      SELECT date_trunc('month', b.issued_on)::date, CASE WHEN b.issued_precision = 'year' THEN 'year' ELSE 'month' END,
             b.jurisdiction_slug, b.issuing_component, count(*), sum(b.counted_subpoenas),
             count(*) FILTER (WHERE b.subpoena_count IS NULL),
             count(*) FILTER (WHERE b.count_precision IN ('approximate', 'at_least'))
        FROM batches b GROUP BY 1, 2, 3, 4`);
    await q.query(`
      INSERT INTO count_rollup_parts (issued_on, issued_precision, jurisdiction_slug, issuing_component, outcome, batches,
                                      subpoenas, unknown_batches, inexact_batches)
      SELECT date_trunc('month', b.issued_on)::date, CASE WHEN b.issued_precision = 'year' THEN 'year' ELSE 'month' END,
             b.jurisdiction_slug, b.issuing_component, bo.outcome, count(*), coalesce(sum(bo.subpoenas), 0),
             count(*) FILTER (WHERE bo.subpoenas IS NULL),
             count(*) FILTER (WHERE b.count_precision IN ('approximate', 'at_least'))
        FROM batches b JOIN batch_outcomes bo ON bo.batch_id = b.id GROUP BY 1, 2, 3, 4, 5`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE count_rollup_parts`);
    await q.query(`DROP TABLE count_rollup_batches`);
  }
}
