import http from "node:http";
import { Pool } from "pg";

/**
 * The floor: a bare Node http server over pg, answering each benchmarked request with one hand-written statement on
 * the same tables. `node -r ./register.cjs bench/floor-server.ts <database-url> <port>`.
 */
const [databaseUrl, port] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 8 });
let statements = 0;

const PERIOD = `CASE WHEN issued_precision = 'year' THEN to_char(issued_on, 'YYYY') ELSE to_char(issued_on, 'YYYY-MM') END`;
const PAGE_KEYS = `issued_on, CASE issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END, id COLLATE "C"`;

const QUERIES: Record<string, (p: URLSearchParams) => [string, unknown[]]> = {
  "/counts/month": () => [
    `SELECT ${PERIOD} AS key, sum(counted_subpoenas)::int AS subpoenas, count(*)::int AS batches
       FROM batches GROUP BY 1`,
    [],
  ],
  "/counts/outcome": () => [
    `SELECT outcome AS key, coalesce(sum(subpoenas), 0)::int AS subpoenas, count(*)::int AS batches
       FROM batch_outcomes GROUP BY 1`,
    [],
  ],
  // The top N places (by subpoenas, then unknown-size batches, then batches, then slug) and the rest as "other".
  "/counts/month-place": (p) => [
    `WITH cells AS (
       SELECT ${PERIOD} AS period, jurisdiction_slug AS place, sum(counted_subpoenas) AS s, count(*) AS n,
              count(*) FILTER (WHERE subpoena_count IS NULL) AS u
         FROM batches WHERE issued_on >= $1::date AND issued_on <= $2::date
          AND (issued_on + CASE issued_precision WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month'
               ELSE interval '1 day' END - interval '1 day')::date <= $2::date
        GROUP BY 1, 2),
     ranked AS (
       SELECT place, row_number() OVER (ORDER BY sum(s) DESC, sum(u) DESC, sum(n) DESC, place COLLATE "C") AS rank
         FROM cells GROUP BY place)
     SELECT c.period || ' ' || CASE WHEN r.rank <= $3 THEN c.place ELSE 'other' END AS key,
            sum(c.s)::int AS subpoenas, sum(c.n)::int AS batches
       FROM cells c JOIN ranked r USING (place) GROUP BY 1`,
    [`${p.get("year")}-01-01`, `${p.get("year")}-12-31`, Number(p.get("top") ?? 7)],
  ],
  "/page": (p) => {
    const after = p.get("after");
    const values: unknown[] = after ? JSON.parse(after) : [];
    return [
      `SELECT json_build_object('id', b.id, 'issuedOn', b.issued_on, 'jurisdiction', json_build_object('slug', j.slug, 'name', j.name),
         'agencies', (SELECT json_agg(json_build_object('slug', a.slug, 'name', a.name, 'kind', a.kind) ORDER BY ba.position)
                        FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug WHERE ba.batch_id = b.id),
         'outcomes', (SELECT json_agg(json_build_object('outcome', o.outcome, 'subpoenas', o.subpoenas))
                        FROM batch_outcomes o WHERE o.batch_id = b.id),
         'events', (SELECT json_agg(json_build_object('date', e.occurred_on, 'status', e.status, 'agency', e.agency_slug,
                        'courtCase', e.court_case_slug,
                        'sources', (SELECT json_agg(es.source_id ORDER BY es.position) FROM event_sources es WHERE es.event_id = e.id))
                        ORDER BY e.id) FROM events e WHERE e.batch_id = b.id),
         'sources', (SELECT json_agg(json_build_object('id', s.id, 'url', s.url) ORDER BY bs.position)
                        FROM batch_sources bs JOIN sources s ON s.id = bs.source_id WHERE bs.batch_id = b.id)) AS node
         FROM (SELECT * FROM batches WHERE ${after ? `(${PAGE_KEYS}) > ($1::date, $2::int, $3::text)` : "true"}
                ORDER BY ${PAGE_KEYS} LIMIT 100) b
         JOIN jurisdictions j ON j.slug = b.jurisdiction_slug
        ORDER BY ${PAGE_KEYS.replaceAll("issued", "b.issued").replace("id COLLATE", "b.id COLLATE")}`,
      values,
    ];
  },
};

/** Every batch as CSV, the same columns as ours, built by PostgreSQL in keyset chunks of 1,000 rows. */
const CSV_CHUNK = `SELECT b.id AS key_id, b.issued_on::text AS key_on, CASE b.issued_precision WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END AS key_rank,
    concat_ws(',', csv(b.id),
      csv(CASE b.issued_precision WHEN 'year' THEN to_char(b.issued_on, 'YYYY') WHEN 'month' THEN to_char(b.issued_on, 'YYYY-MM') ELSE b.issued_on::text END),
      upper(b.issued_precision::text), csv(j.slug), csv(j.name), coalesce(j.state::text, ''),
      csv((SELECT string_agg(a.slug, ';' ORDER BY ba.position) FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug WHERE ba.batch_id = b.id)),
      csv((SELECT string_agg(upper(a.kind::text), ';' ORDER BY ba.position) FROM batch_agencies ba JOIN agencies a ON a.slug = ba.agency_slug WHERE ba.batch_id = b.id)),
      coalesce(b.issuing_component::text, ''), coalesce(b.subpoena_count::text, ''), upper(b.count_precision::text),
      csv(array_to_string(ARRAY(SELECT upper(c) FROM unnest(b.offense_categories) c), ';')),
      csv((SELECT string_agg(o.outcome || '=' || coalesce(o.subpoenas::text, 'unknown'), ';') FROM batch_outcomes o WHERE o.batch_id = b.id)),
      csv(b.subjects_summary), coalesce(b.subjects_in_custody::text, ''), coalesce(b.subjects_released::text, ''), csv(b.notes),
      csv((SELECT string_agg(bs.source_id, ';' ORDER BY bs.position) FROM batch_sources bs WHERE bs.batch_id = b.id))) AS line
  FROM (SELECT * FROM batches WHERE withdrawn_at IS NULL AND (${PAGE_KEYS}) > ($1::date, $2::int, $3::text)
         ORDER BY ${PAGE_KEYS} LIMIT 1000) b
  JOIN jurisdictions j ON j.slug = b.jurisdiction_slug
 ORDER BY ${PAGE_KEYS.replaceAll("issued", "b.issued").replace("id COLLATE", "b.id COLLATE")}`;
// CSV quoting in SQL: a field with a comma, quote or line break is quoted, its quotes doubled.
const CSV_FUNCTION = `CREATE OR REPLACE FUNCTION pg_temp.csv(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT CASE WHEN t IS NULL THEN '' WHEN t ~ '[,"\n\r]' THEN '"' || replace(t, '"', '""') || '"' ELSE t END $$`;

async function streamCsv(res: http.ServerResponse): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(CSV_FUNCTION);
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
    res.write(
      "id,issuedOn,issuedPrecision,jurisdiction,jurisdictionName,state,agencies,agencyKinds,issuingComponent,subpoenaCount,countPrecision,offenseCategories,outcomes,subjectsSummary,subjectsInCustody,subjectsReleased,notes,sourceIds\n",
    );
    let after: unknown[] = ["0001-01-01", -1, ""];
    for (;;) {
      statements += 1;
      const { rows } = await client.query(CSV_CHUNK.replaceAll("csv(", "pg_temp.csv("), after);
      if (rows.length === 0) break;
      if (!res.write(rows.map((r) => r.line).join("\n") + "\n")) await new Promise((r) => res.once("drain", r));
      const last = rows[rows.length - 1];
      after = [last.key_on, last.key_rank, last.key_id];
    }
    res.end();
  } finally {
    client.release();
  }
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://floor");
    if (url.pathname === "/__statements") {
      res.end(String(statements));
      return;
    }
    if (url.pathname === "/batches.csv") {
      streamCsv(res).catch((error: Error) => res.writeHead(500).end(error.message));
      return;
    }
    const query = QUERIES[url.pathname];
    if (!query) {
      res.writeHead(404).end();
      return;
    }
    const [sql, values] = query(url.searchParams);
    statements += 1;
    pool.query(sql, values).then(
      (r) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(r.rows));
      },
      (error: Error) => {
        res.writeHead(500).end(error.message);
      },
    );
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`listening http://127.0.0.1:${port}`));
