import "reflect-metadata";
import { Client } from "pg";
import { countsStatement } from "../src/modules/counts/counts.sql";
import { toCriteria } from "../src/modules/batches/batch-criteria";
import { CountDimension as D, Interval } from "../src/modules/counts/counts.types";
(async () => {
  const c = new Client({ connectionString: process.argv[2] });
  await c.connect();
  const cases: [string, Record<string, unknown>, D[]][] = [
    ["month, all time", {}, [D.PERIOD]],
    ["outcome, all time", {}, [D.OUTCOME]],
    ["offense category", {}, [D.OFFENSE_CATEGORY]],
    ["month, a day bound", { issuedFrom: "2025-03-15" }, [D.PERIOD]],
    ["month, two outcomes", { outcomes: ["DECLINED", "COMPLIED"] }, [D.PERIOD]],
    ["month, two outcomes, one state", { outcomes: ["DECLINED", "COMPLIED"], states: ["OR"] }, [D.PERIOD]],
  ];
  for (const [name, f, groupBy] of cases) {
    const { sql, values } = countsStatement(
      { criteria: toCriteria(f as never), groupBy, interval: Interval.MONTH, periodRange: true },
      false,
    );
    const out: string[] = [];
    for (const jit of ["on", "off", "on", "off"]) {
      await c.query(`SET jit = ${jit}`);
      const s = performance.now();
      await c.query(sql, values);
      out.push(`${jit} ${(performance.now() - s).toFixed(0)}`);
    }
    console.log(name.padEnd(32), out.join(", "), "ms");
  }
  await c.end();
})();
