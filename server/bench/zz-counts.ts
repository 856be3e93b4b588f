import "reflect-metadata";
import { Client } from "pg";
import { countsStatement } from "../src/modules/counts/counts.sql";
import { toCriteria } from "../src/modules/batches/batch-criteria";
import { CountDimension as D, Interval } from "../src/modules/counts/counts.types";
(async () => {
  const c = new Client({ connectionString: process.argv[2] });
  await c.connect();
  const cases: [string, Record<string, unknown>][] = [
    ["two outcomes", { outcomes: ["DECLINED", "COMPLIED"] }],
    ["two outcomes, one state", { outcomes: ["DECLINED", "COMPLIED"], states: ["OR"] }],
  ];
  for (const [name, f] of cases) {
    const { sql, values } = countsStatement(
      { criteria: toCriteria(f as never), groupBy: [D.PERIOD], interval: Interval.MONTH, periodRange: true },
      false,
    );
    if (process.env.SHOW) console.log(sql);
    for (const jit of ["on", "off"]) {
      await c.query(`SET jit = ${jit}`);
      const t: number[] = [];
      for (let i = 0; i < Number(process.env.N ?? 2); i++) {
        const s = performance.now();
        await c.query(sql, values);
        t.push(performance.now() - s);
      }
      console.log(name, "jit", jit, t.map((x) => x.toFixed(0)).join(" "), "ms");
    }
  }
  await c.end();
})();
