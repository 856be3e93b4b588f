// The README's and docs/api.md's Python (pandas) and R examples, run for real against a started server on the seed,
// with what they read checked against the API's own answers. An example that drifts from the API fails here.
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

const REPO = path.resolve(__dirname, "..", "..");
const DOCUMENTS = ["README.md", "docs/api.md"];

type Language = "python" | "r";

interface Example {
  file: string;
  line: number;
  language: Language;
  code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of DOCUMENTS) {
    const lines = fs.readFileSync(path.join(REPO, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(python|r)\s*$/.exec(lines[i]);
      if (!open) continue;
      const end = lines.indexOf("```", i + 1);
      found.push({ file, line: i + 1, language: open[1] as Language, code: lines.slice(i + 1, end).join("\n") });
      i = end;
    }
  }
  return found;
}

/** Whether a command runs here. CI installs both (.ci/run); on a developer's machine they may be missing. */
function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
/** The first Python with pandas and requests: a python3 from pyenv or a virtualenv may come first on PATH without them. */
const PYTHON = ["python3", "/usr/bin/python3"].find((python) => available(python, ["-c", "import pandas, requests"]));
const HAS_PYTHON = PYTHON !== undefined;
const HAS_R = available("Rscript", ["-e", "library(jsonlite)"]);
const IN_CI = process.env.CI === "true";

/** What each example read, per variable: rows, columns and the sum of a `subpoenas` column. */
interface Read {
  rows: number;
  columns: string[];
  subpoenas: number | null;
}

const PYTHON_EPILOGUE = `
import json as _json
_out = {}
for _name, _value in list(globals().items()):
    if _name.startswith("_"):
        continue
    if type(_value).__name__ == "DataFrame":
        _out[_name] = {"rows": len(_value), "columns": [str(c) for c in _value.columns],
                       "subpoenas": int(_value["subpoenas"].sum()) if "subpoenas" in _value.columns else None}
if callable(globals().get("all_batches")):
    _out["all_batches"] = {"rows": len(list(all_batches())), "columns": [], "subpoenas": None}
print("EXAMPLE-RESULT " + _json.dumps(_out))
`;

const R_EPILOGUE = `
.out <- list()
for (.name in ls()) {
  .value <- get(.name)
  if (is.data.frame(.value)) {
    .out[[.name]] <- list(rows = nrow(.value), columns = names(.value),
                          subpoenas = if ("subpoenas" %in% names(.value)) sum(.value$subpoenas) else NA)
  }
}
cat("EXAMPLE-RESULT", jsonlite::toJSON(.out, auto_unbox = TRUE, na = "null"), "\\n")
`;

/** Runs a script without blocking: the server under test answers from this very process. */
function execute(command: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ status: code, stdout, stderr: stderr || (error?.message ?? "") });
    });
  });
}

async function run(example: Example, origin: string, dir: string): Promise<Record<string, Read>> {
  // The examples name the default address; the test server listens elsewhere.
  const code = example.code.replace(/http:\/\/(?:127\.0\.0\.1|localhost):4000/g, origin);
  const file = path.join(dir, `example-${example.line}.${example.language === "python" ? "py" : "R"}`);
  fs.writeFileSync(file, code + (example.language === "python" ? PYTHON_EPILOGUE : R_EPILOGUE));
  const result = await execute(example.language === "python" ? (PYTHON ?? "python3") : "Rscript", [file]);
  const where = `${example.file}:${example.line} (${example.language})`;
  expect(result.status, `${where} failed:\n${result.stderr}`).toBe(0);
  const line = result.stdout.split("\n").find((l) => l.startsWith("EXAMPLE-RESULT "));
  expect(line, `${where} printed no result:\n${result.stdout}`).toBeDefined();
  return JSON.parse((line ?? "").slice("EXAMPLE-RESULT ".length)) as Record<string, Read>;
}

describe("the documentation's pandas and R examples", () => {
  let server: TestServer;
  let dir: string;
  const expected = new Map<string, { rows?: number; subpoenas?: number }>();

  const json = async <T>(url: string): Promise<T> => {
    const res = await fetch(`${server.url}${url}`);
    expect(res.status, url).toBe(200);
    return (await res.json()) as T;
  };
  interface Counts {
    buckets: { subpoenas: number }[];
    total: { subpoenas: number };
  }
  const counts = async (query: string) => {
    const answer = await json<Counts>(`/api/v1/counts.json?${query}`);
    return { rows: answer.buckets.length, subpoenas: answer.buckets.reduce((sum, b) => sum + b.subpoenas, 0) };
  };

  beforeAll(async () => {
    server = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-examples-"));
    // What each variable the examples make must hold, from the API's own JSON answers.
    expected.set("by_place", await counts("groupBy=JURISDICTION&from=2020&to=2020"));
    expected.set("monthly", await counts("groupBy=PERIOD&interval=MONTH&fillEmptyPeriods=true"));
    expected.set("by_state", await counts("groupBy=STATE"));
    expected.set("outcomes", await counts("groupBy=OUTCOME"));
    expected.set("df", await counts("groupBy=PERIOD&interval=MONTH&fillEmptyPeriods=true&jurisdiction=oregon"));
    expected.set("counts", await counts("groupBy=STATE"));
    const oregon = await json<{ totalCount: number }>("/api/v1/batches.json?jurisdiction=oregon");
    expected.set("batches", { rows: oregon.totalCount });
    const dataset = await server.graphql<{ dataset: { counts: { batches: number; events: number } } }>(
      "{ dataset { counts { batches events } } }",
    );
    expected.set("events", { rows: dataset.data?.dataset.counts.events });
    expected.set("all_batches", { rows: dataset.data?.dataset.counts.batches });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("finds the examples", () => {
    const found = examples();
    expect(found.filter((e) => e.language === "python").length).toBeGreaterThanOrEqual(3);
    expect(found.filter((e) => e.language === "r").length).toBeGreaterThanOrEqual(3);
  });

  for (const example of examples()) {
    const tool = example.language === "python" ? "python3 with pandas and requests" : "Rscript with jsonlite";
    const missing = example.language === "python" ? !HAS_PYTHON : !HAS_R;
    // CI installs them (.ci/run); locally the example is skipped with the reason, never passed silently.
    const name = `${example.file}:${example.line} (${example.language}) reads what the API serves${
      missing && !IN_CI
        ? ` [skipped: no ${tool} here; apt-get install python3-pandas python3-requests r-base-core r-cran-jsonlite]`
        : ""
    }`;
    it.skipIf(missing && !IN_CI)(name, { timeout: 90_000 }, async () => {
      const read = await run(example, server.url, dir);
      const names = Object.keys(read);
      expect(names.length, `${example.file}:${example.line} made no data frame`).toBeGreaterThan(0);
      for (const [variable, value] of Object.entries(read)) {
        const want = expected.get(variable);
        expect(want, `${example.file}:${example.line}: no expectation for "${variable}"`).toBeDefined();
        if (want?.rows !== undefined) expect(value.rows, `${variable} rows`).toBe(want.rows);
        if (want?.subpoenas !== undefined) expect(value.subpoenas, `${variable} subpoenas`).toBe(want.subpoenas);
        if (variable === "batches") expect(value.columns).toContain("subpoenaCount");
        if (variable === "monthly") expect(value.columns).toContain("periodStart");
      }
    });
  }
});
