// `pnpm bench:web`: the web budgets of issue 12, measured on the production build served by the real server, in
// Debian's Chromium. Prints what each page downloads (JavaScript, gzip and brotli, as the server sends it), the embed
// pages' HTML, how the files are delivered (precompressed, compressed API answers, cache lifetimes, source maps) and
// Lighthouse 12's scores, each against its budget with the margin, "met" or "missed". A benchmark, not a test: it
// prints figures and never fails a build (web/e2e/delivery.e2e.ts and server/test/web-delivery.test.ts test the
// delivery).
//
//   pnpm bench:web                        build, start the server on the seed (embedded database), measure
//   pnpm bench:web --skip-build           reuse web/dist
//   pnpm bench:web --database-url URL     measure against a PostgreSQL database already loaded (a large package)
//   pnpm bench:web --runs 5               Lighthouse runs per page and form factor (the median is kept)
//   pnpm bench:web --no-lighthouse        sizes only
//   pnpm bench:web --dist DIR             measure a build kept elsewhere (implies --skip-build), e.g. a copy of web/dist
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, launchDebuggableChromium, startServer } from "./bench-support.mjs";

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_DIST_DIR = path.join(WEB_DIR, "dist");
const KB = 1024;
const BUDGETS = {
  dashboardFirstLoad: 200 * KB,
  embedJs: 100 * KB,
  embedShareOfDashboard: 1 / 3,
  embedHtml: 100 * KB,
  performance: 95,
  accessibility: 100,
};

/** Lighthouse's own viewports: a Moto G Power for mobile, its desktop preset otherwise. */
const VIEWPORTS = {
  mobile: { width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 },
  desktop: { width: 1350, height: 940, isMobile: false, deviceScaleFactor: 1 },
};

/** A large database's first answers are counted cold (12 s for one count at 1M batches on a shared machine). */
const LOAD_TIMEOUT_MS = 300_000;

const DASHBOARD = "/";
/** Loads of each page at each viewport for its first-load size (the largest is kept). */
const FIRST_LOADS = 3;
const EMBED = "/embed/subpoenas-over-time";
/** Every embed chart, at its default view and at its largest (every jurisdiction as its own series). */
const EMBED_PAGES = [
  "/embed/subpoenas-over-time",
  "/embed/subpoenas-over-time?stack=jurisdiction&interval=MONTH",
  "/embed/by-jurisdiction",
  "/embed/outcomes",
];

const { values: options } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    "database-url": { type: "string" },
    runs: { type: "string", default: "3" },
    "no-lighthouse": { type: "boolean", default: false },
    dist: { type: "string" },
  },
});
const DIST_DIR = options.dist ? path.resolve(options.dist) : DEFAULT_DIST_DIR;

function build() {
  console.log("Building the dashboard and the embed page (vite build, vite build --mode embed)...");
  for (const mode of [[], ["--mode", "embed"]]) {
    execFileSync(process.execPath, [path.join(WEB_DIR, "node_modules", "vite", "bin", "vite.js"), "build", ...mode], {
      cwd: WEB_DIR,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
}

/** The real server, as `pnpm start` runs it, on a free port. */
/** Bytes on the wire for one URL with the given Accept-Encoding (fetch would decode them). */
function wireBytes(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk) => (bytes += chunk.length));
        res.on("end", () => resolve({ bytes, encoding: res.headers["content-encoding"] ?? "identity" }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Every script a page loads, without any interaction, until the network is idle; and their sizes as sent. */
async function scriptsOf(browser, url, viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
    deviceScaleFactor: viewport.deviceScaleFactor,
  });
  const page = await context.newPage();
  const scripts = new Set();
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.add(request.url());
  });
  await page.goto(url, { waitUntil: "networkidle", timeout: LOAD_TIMEOUT_MS });
  await context.close();
  const files = [];
  for (const script of scripts) {
    const [gzip, br, identity] = await Promise.all([
      wireBytes(script, "gzip"),
      wireBytes(script, "br"),
      wireBytes(script, "identity"),
    ]);
    files.push({ name: new URL(script).pathname.replace(/^\/assets\//, ""), gzip, br, identity: identity.bytes });
  }
  files.sort((a, b) => b.gzip.bytes - a.gzip.bytes);
  const sum = (key) => files.reduce((total, file) => total + (key === "identity" ? file.identity : file[key].bytes), 0);
  return { files, gzip: sum("gzip"), br: sum("br"), identity: sum("identity") };
}

/** A Chromium with a DevTools port, for Lighthouse. */
/** The Chromium Lighthouse drives, restartable after a run that hung. */
async function lighthouseChromium() {
  let current = await launchDebuggableChromium();
  return {
    get port() {
      return current.port;
    },
    async restart() {
      await current.close();
      current = await launchDebuggableChromium();
    },
    close: () => current.close(),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** How long one Lighthouse run may take before it is abandoned (its Chromium is closed and a new one started). */
const LIGHTHOUSE_RUN_TIMEOUT_MS = 180_000;

/** Rejects after `ms`, with `what` in the message; `cancel` stops the timer once the race is over. */
function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** One Lighthouse run: its figures, or `{ error }` when it failed, timed out or produced no score. */
async function lighthouseRun(lighthouse, desktopConfig, chrome, url, formFactor) {
  const limit = timeout(LIGHTHOUSE_RUN_TIMEOUT_MS, `Lighthouse ${formFactor} ${url}`);
  let result;
  try {
    result = await Promise.race([
      lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
        formFactor === "desktop" ? desktopConfig : undefined,
      ),
      limit.promise,
    ]);
  } catch (error) {
    // A run that hangs keeps its tab and its connection: start from a fresh Chromium for the next one.
    await chrome.restart();
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    limit.cancel();
  }
  const lhr = result?.lhr;
  if (!lhr) return { error: "Lighthouse returned no result" };
  const performance = lhr.categories.performance?.score;
  const accessibility = lhr.categories.accessibility?.score;
  if (lhr.runtimeError || typeof performance !== "number" || typeof accessibility !== "number") {
    // A score of null (printed as 0 before) means Lighthouse could not measure: say why.
    const failedAudits = Object.values(lhr.audits)
      .filter((a) => a.errorMessage)
      .map((a) => `${a.id}: ${a.errorMessage}`);
    const reasons = [lhr.runtimeError && `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, ...failedAudits];
    return { error: `no score (${reasons.filter(Boolean).slice(0, 4).join("; ") || "no reason given"})` };
  }
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round(performance * 100),
    accessibility: Math.round(accessibility * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    failedAccessibility: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id) && a.score === 0)
      .map((a) => a.id),
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    longTasks: (lhr.audits["long-tasks"]?.details?.items ?? [])
      .slice(0, 3)
      .map((t) => `${Math.round(t.duration)} ms@${Math.round(t.startTime)} ${String(t.url).replace(/^.*\//, "")}`),
  };
}

/** Lighthouse 12 on one URL, `runs` times; the run with the median performance score, every score, every error. */
async function lighthouseScores(lighthouse, desktopConfig, chrome, url, formFactor, runs) {
  const results = [];
  const errors = [];
  for (let i = 0; i < runs; i++) {
    const run = await lighthouseRun(lighthouse, desktopConfig, chrome, url, formFactor);
    if (run.error) {
      console.log(`  run ${i + 1}: ${run.error}`);
      errors.push(run.error);
      continue;
    }
    console.log(
      `  run ${i + 1}: performance ${run.performance}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, ` +
        `TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}, benchmark index ${run.benchmarkIndex}, ` +
        `load average ${os.loadavg()[0].toFixed(2)}`,
    );
    console.log(`    LCP element: ${run.lcpElement ?? "-"}; longest tasks: ${run.longTasks.join(", ") || "-"}`);
    results.push(run);
  }
  if (results.length === 0) return { error: errors[0], all: errors.map(() => "error") };
  const performance = median(results.map((r) => r.performance));
  const chosen = results.find((r) => r.performance === performance);
  return { ...chosen, all: [...results.map((r) => r.performance), ...errors.map(() => "error")] };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
function check(measure, value, budget, { unit = kb, atLeast = false } = {}) {
  const pass = atLeast ? value >= budget : value <= budget;
  const margin = atLeast ? value - budget : budget - value;
  const sign = margin >= 0 ? "+" : "-";
  const marginText =
    unit === kb
      ? `${sign}${kb(Math.abs(margin))} (${((Math.abs(margin) / budget) * 100).toFixed(0)}%)`
      : `${sign}${unit(Math.abs(margin))}`;
  rows.push({
    measure,
    value: unit(value),
    budget: `${atLeast ? "≥" : "≤"} ${unit(budget)}`,
    margin: marginText,
    pass,
  });
}

/** A yes-or-no budget: the delivery rules of issue 12. */
function checkRule(measure, pass, value) {
  rows.push({ measure, value, budget: "yes", margin: "", pass });
}

/** Response headers for one request (fetch would hide Content-Encoding's effect on the body). */
function headersOf(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers }));
    });
    request.on("error", reject);
    if (body) request.write(body);
    request.end();
  });
}

/** Precompressed static files, compressed API answers, hashed files immutable for a year, no source maps. */
async function checkDelivery(serverUrl, scriptUrls) {
  const lines = [];
  const note = (what, ok, detail) => {
    lines.push([what, detail, ok ? "yes" : "NO"]);
    checkRule(what, ok, detail);
  };
  const assets = fs.readdirSync(path.join(DIST_DIR, "assets"));
  const bigScripts = assets.filter(
    (f) => /\.(js|css)$/.test(f) && fs.statSync(path.join(DIST_DIR, "assets", f)).size >= 1024,
  );
  const missing = bigScripts.filter((f) => !assets.includes(`${f}.br`) || !assets.includes(`${f}.gz`));
  note(
    "static assets precompressed (brotli and gzip copies in the build)",
    missing.length === 0,
    `${bigScripts.length - missing.length} of ${bigScripts.length} scripts and stylesheets of 1 KB or more`,
  );
  const script = scriptUrls[0];
  const [br, gz] = await Promise.all([
    headersOf(script, { headers: { "accept-encoding": "gzip, deflate, br" } }),
    headersOf(script, { headers: { "accept-encoding": "gzip" } }),
  ]);
  note(
    "a script is sent as brotli, or gzip when brotli is not accepted",
    br.headers["content-encoding"] === "br" && gz.headers["content-encoding"] === "gzip",
    `${br.headers["content-encoding"] ?? "identity"} / ${gz.headers["content-encoding"] ?? "identity"}`,
  );
  const cacheControl = br.headers["cache-control"] ?? "";
  note(
    "hashed assets immutable for a year",
    /max-age=31536000/.test(cacheControl) && /immutable/.test(cacheControl),
    cacheControl,
  );
  const counts = await headersOf(
    `${serverUrl}/api/v1/counts.json?groupBy=PERIOD&interval=MONTH&fillEmptyPeriods=true`,
    {
      headers: { "accept-encoding": "gzip, br" },
    },
  );
  const graphql = await headersOf(`${serverUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "gzip, br" },
    body: JSON.stringify({
      query:
        "{ subpoenaCounts(groupBy: [PERIOD], interval: MONTH, fillEmptyPeriods: true) { buckets { period subpoenas batches unknownCountBatches } } }",
    }),
  });
  note(
    "API answers compressed (counts.json, POST /graphql)",
    Boolean(counts.headers["content-encoding"]) && Boolean(graphql.headers["content-encoding"]),
    `${counts.headers["content-encoding"] ?? "identity"} / ${graphql.headers["content-encoding"] ?? "identity"}`,
  );
  const maps = fs
    .readdirSync(DIST_DIR, { recursive: true })
    .filter(
      (f) =>
        String(f).endsWith(".map") ||
        (String(f).endsWith(".js") && /sourceMappingURL/.test(fs.readFileSync(path.join(DIST_DIR, String(f)), "utf8"))),
    );
  const mapServed = await headersOf(`${script}.map`);
  note(
    "no source maps built or served",
    maps.length === 0 && mapServed.status === 404,
    `${maps.length} in the build; ${new URL(script).pathname}.map answers ${mapServed.status}`,
  );
  printTable("Delivery", ["rule", "found", "met"], lines);
}

function printTable(title, headers, lines) {
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((line) => String(line[i]).length)));
  const format = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join("  ");
  console.log(`\n${title}\n${format(headers)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
}

async function main() {
  if (!options.dist && (!options["skip-build"] || !fs.existsSync(path.join(DIST_DIR, "index.html")))) build();
  const server = await startServer({ dist: DIST_DIR, databaseUrl: options["database-url"] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log(`Server ${server.url} (${options["database-url"] ? "PostgreSQL" : "embedded database, the seed"})`);

    // One load of each page first, untimed: the counts it asks for are then in the server's answer cache, as they are
    // for every reader after the first once the data has changed. Lighthouse measures the page, not a cold database.
    for (const page of [DASHBOARD, EMBED]) await scriptsOf(browser, `${server.url}${page}`, VIEWPORTS.desktop);

    // What loads without interaction can depend on timing (a panel below the fold that comes within its "near the
    // screen" margin while the panels above it still wait for their data): each page is loaded FIRST_LOADS times at
    // each viewport, never scrolled, and the largest load is kept.
    const loads = {};
    for (const [form, viewport] of Object.entries(VIEWPORTS)) {
      for (const [name, page] of [
        ["dashboard", DASHBOARD],
        ["embed", EMBED],
      ]) {
        const tries = [];
        for (let i = 0; i < FIRST_LOADS; i++) tries.push(await scriptsOf(browser, `${server.url}${page}`, viewport));
        tries.sort((a, b) => b.gzip - a.gzip);
        loads[`${name} ${form}`] = tries[0];
        const sizes = tries.map((t) => kb(t.gzip));
        const lazy = tries[0].files.filter((f) => /^(charts|geography)-/.test(f.name)).map((f) => f.name);
        console.log(
          `${name} ${form}: first load over ${FIRST_LOADS} loads: ${sizes.join(", ")}` +
            `${lazy.length ? `; lazy chunks loaded without interaction: ${lazy.join(", ")}` : ""}`,
        );
      }
    }
    for (const [name, load] of Object.entries(loads)) {
      printTable(
        `JavaScript of the ${name.replace(/ .*/, "")} (${name.replace(/.* /, "")}, first load, no interaction)`,
        ["file", "gzip", "brotli", "identity", "sent to Chromium as"],
        [
          ...load.files.map((f) => [f.name, kb(f.gzip.bytes), kb(f.br.bytes), kb(f.identity), f.br.encoding]),
          ["total", kb(load.gzip), kb(load.br), kb(load.identity), ""],
        ],
      );
    }
    const dashboard = Math.max(loads["dashboard mobile"].gzip, loads["dashboard desktop"].gzip);
    const embed = Math.max(loads["embed mobile"].gzip, loads["embed desktop"].gzip);
    check("dashboard first load, JS gzip (/)", dashboard, BUDGETS.dashboardFirstLoad);
    check(`embed page JS gzip (${EMBED})`, embed, BUDGETS.embedJs);
    check(
      "embed JS as a share of the dashboard's",
      Math.round((embed / dashboard) * 1000) / 1000,
      Math.round(BUDGETS.embedShareOfDashboard * 1000) / 1000,
      { unit: (v) => `${(v * 100).toFixed(1)} %` },
    );

    await checkDelivery(
      server.url,
      loads["dashboard mobile"].files.map((f) => `${server.url}/assets/${f.name}`),
    );

    const htmlRows = [];
    for (const page of EMBED_PAGES) {
      const { bytes } = await wireBytes(`${server.url}${page}`, "identity");
      const { bytes: gzip } = await wireBytes(`${server.url}${page}`, "gzip");
      htmlRows.push([page, kb(bytes), kb(gzip)]);
      check(`embed HTML (${page})`, bytes, BUDGETS.embedHtml);
    }
    printTable("Embed pages' HTML", ["page", "identity", "gzip"], htmlRows);

    if (!options["no-lighthouse"]) {
      const { default: lighthouse } = await import("lighthouse");
      const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
      const runs = Math.max(1, Number(options.runs) || 3);
      const chrome = await lighthouseChromium();
      const lhRows = [];
      try {
        for (const page of [DASHBOARD, EMBED]) {
          for (const formFactor of ["mobile", "desktop"]) {
            console.log(`Lighthouse ${formFactor} ${page} (${runs} runs)...`);
            const score = await lighthouseScores(
              lighthouse,
              desktopConfig,
              chrome,
              `${server.url}${page}`,
              formFactor,
              runs,
            );
            const unit = (v) => String(v);
            if (score.error) {
              lhRows.push([
                page,
                formFactor,
                `no score (${score.all.join(", ")})`,
                "-",
                "-",
                "-",
                "-",
                "-",
                score.error,
              ]);
              rows.push({
                measure: `Lighthouse, ${formFactor} ${page}`,
                value: "no score",
                budget: "a score",
                margin: score.error,
                pass: false,
              });
              continue;
            }
            lhRows.push([
              page,
              formFactor,
              `${score.performance} (${score.all.join(", ")})`,
              score.accessibility,
              `${Math.round(score.fcp)} ms`,
              `${Math.round(score.lcp)} ms`,
              `${Math.round(score.tbt)} ms`,
              score.cls.toFixed(3),
              score.failedAccessibility.join(" ") || "-",
            ]);
            check(`Lighthouse performance, ${formFactor} ${page}`, score.performance, BUDGETS.performance, {
              unit,
              atLeast: true,
            });
            check(`Lighthouse accessibility, ${formFactor} ${page}`, score.accessibility, BUDGETS.accessibility, {
              unit,
              atLeast: true,
            });
          }
        }
      } finally {
        await chrome.close();
      }
      printTable(
        "Lighthouse 12 (median of the runs; simulated throttling, Lighthouse's defaults)",
        ["page", "form", "performance (runs)", "a11y", "FCP", "LCP", "TBT", "CLS", "failed a11y audits"],
        lhRows,
      );
    }

    printTable(
      "Budgets (issue 12, web)",
      ["measure", "value", "budget", "margin", "result"],
      rows.map((r) => [r.measure, r.value, r.budget, r.margin, r.pass ? "met" : "MISSED"]),
    );
    const missed = rows.filter((r) => !r.pass);
    console.log(`\n${rows.length - missed.length} budgets met, ${missed.length} missed.`);
    for (const r of missed)
      console.log(`  missed: ${r.measure}: ${r.value} (budget ${r.budget}${r.margin ? `, ${r.margin}` : ""})`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
