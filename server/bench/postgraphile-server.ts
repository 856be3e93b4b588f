import http from "node:http";
import PgAggregatesPlugin from "@graphile/pg-aggregates";
import { Pool, type PoolClient } from "pg";
import { postgraphile } from "postgraphile";

/**
 * PostGraphile 4.14.1 with @graphile/pg-aggregates on the same database: the public tables, plus two views in schema
 * bench_pg that give it the period and year columns our counts group and filter by (pg-aggregates 0.1.1 truncates
 * dates to days at most). `node -r ./register.cjs bench/postgraphile-server.ts <database-url> <port>`.
 */
const [databaseUrl, port] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 8 });
let statements = 0;
pool.on("connect", (client: PoolClient) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements += 1;
    return query(...args);
  };
});

export const POSTGRAPHILE_VIEWS = [
  `CREATE SCHEMA IF NOT EXISTS bench_pg`,
  `CREATE OR REPLACE VIEW bench_pg.batch_counts AS
     SELECT id, to_char(issued_on, 'YYYY') AS year,
            CASE WHEN issued_precision = 'year' THEN to_char(issued_on, 'YYYY') ELSE to_char(issued_on, 'YYYY-MM') END AS period,
            jurisdiction_slug, counted_subpoenas, 1 AS one
       FROM public.batches`,
  `CREATE OR REPLACE VIEW bench_pg.outcome_counts AS
     SELECT batch_id, outcome, coalesce(subpoenas, 0) AS subpoenas, 1 AS one FROM public.batch_outcomes`,
];

async function main(): Promise<void> {
  for (const sql of POSTGRAPHILE_VIEWS) await pool.query(sql);
  statements = 0;
  const middleware = postgraphile(pool, ["public", "bench_pg"], {
    // pg-aggregates resolves graphile-build against graphql 16 and postgraphile against 15: same API, other types.
    appendPlugins: [PgAggregatesPlugin as never],
    disableDefaultMutations: true,
    graphqlRoute: "/graphql",
    retryOnInitFail: false,
  });
  http
    .createServer((req, res) => {
      if (req.url === "/__statements") {
        res.end(String(statements));
        return;
      }
      void middleware(req, res);
    })
    .listen(Number(port), "127.0.0.1", () => console.log(`listening http://127.0.0.1:${port}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
