// `node scripts/trace-home.mjs`: what blocks the dashboard's main thread while `/` loads (issue 12: Lighthouse's Total
// Blocking Time). Loads the page in Chromium with the performance panel's trace (and V8's sampling profiler), without
// throttling, and lists the main thread's long tasks: each one's time by kind (script, style, layout, paint, parse,
// garbage collection), the script it ran, and the components (function names starting with a capital) whose code
// the profiler caught in it. Lighthouse's mobile preset multiplies each observed task by 4, so a task of 12.5 ms here
// is a long task (50 ms) there; the "TBT at ×4" column adds what each task beyond 50 ms would block. Each figure is
// given by wall-clock time and by the main thread's CPU time: on a shared machine a task's wall time includes the time
// the thread waited for a core (a 100 ms task was seen to use 12 ms of CPU at a load average of 8).
//
// With --lighthouse, each load is a Lighthouse 12 run instead (its mobile or desktop preset, as `pnpm bench:web`), and
// the long tasks are read from Lighthouse's own trace, beside its scores.
//
// A benchmark, not a test: it prints figures. Several builds interleave run by run (same machine load):
//
//   node scripts/trace-home.mjs --dist dist --dist /tmp/dist-before --database-url postgres://…/st_bench_100000
//   node scripts/trace-home.mjs --runs 5 --form desktop --tasks 0     totals only
//   node scripts/trace-home.mjs --lighthouse --dist dist --dist /tmp/dist-before --tasks 0
//   node scripts/trace-home.mjs --lighthouse --dist /tmp/dist-main --root /work/main --dist dist --root .. (servers too)
//
// Build with `npx vite build --minify false --outDir /tmp/dist-plain` to read component names in the list.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, launchDebuggableChromium, startServer } from "./bench-support.mjs";

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VIEWPORTS = {
  mobile: { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
  desktop: { viewport: { width: 1350, height: 940 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
};
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "toplevel",
  "blink.user_timing",
  "loading",
  "disabled-by-default-v8.cpu_profiler",
];

const { values: options } = parseArgs({
  options: {
    dist: { type: "string", multiple: true, default: [path.join(WEB_DIR, "dist")] },
    // The checkout whose server serves each --dist, in the same order (default: this one's for every build).
    root: { type: "string", multiple: true, default: [] },
    "database-url": { type: "string" },
    runs: { type: "string", default: "3" },
    form: { type: "string", default: "mobile" },
    path: { type: "string", default: "/" },
    tasks: { type: "string", default: "12" },
    lighthouse: { type: "boolean", default: false },
    settle: { type: "string", default: "4000" },
    slowdown: { type: "string" },
    trace: { type: "string" },
    url: { type: "string" },
  },
});
const FORM = options.form;
const SLOWDOWN = Number(options.slowdown ?? (FORM === "mobile" ? 4 : 1));
const LONG_MS = 50 / SLOWDOWN;

/** The page's renderer main thread: the one that parsed its HTML (else the busiest CrRendererMain). */
function mainThread(events, url) {
  const parse = events.find((e) => e.name === "ParseHTML" && String(e.args?.beginData?.url).startsWith(url));
  if (parse) return `${parse.pid}:${parse.tid}`;
  const names = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      names.set(`${e.pid}:${e.tid}`, 0);
  }
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.has(key) && e.ph === "X" && e.name === "RunTask") names.set(key, names.get(key) + (e.dur ?? 0));
  }
  return [...names.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

const KIND = {
  FunctionCall: "script",
  EvaluateScript: "script",
  "v8.compile": "compile",
  "v8.compileModule": "compile",
  "v8.evaluateModule": "script",
  "V8.CompileCode": "compile",
  "v8.parseOnBackground": "compile",
  TimerFire: "script",
  FireAnimationFrame: "script",
  EventDispatch: "script",
  RunMicrotasks: "script",
  "v8.run": "script",
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  ScheduleStyleRecalculation: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  UpdateLayer: "paint",
  UpdateLayerTree: "paint",
  CompositeLayers: "paint",
  Commit: "paint",
  ParseHTML: "parse",
  ParseAuthorStyleSheet: "parse",
  MajorGC: "gc",
  MinorGC: "gc",
  "V8.GC_SCAVENGER": "gc",
  "BlinkGC.AtomicPhase": "gc",
  XHRReadyStateChange: "script",
  ResourceReceivedData: "net",
};

function analyse(events, url) {
  const key = mainThread(events, url);
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === "X" && typeof e.dur === "number");
  onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const navStart = events.find((e) => e.name === "navigationStart" && `${e.pid}:${e.tid}` === key)?.ts ?? onMain[0].ts;

  // The sampling profiler's stacks, by time.
  const nodes = new Map();
  const samples = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.name === "Profile") profiles.set(`${e.pid}:${e.id}`, { t: e.args.data.startTime });
  }
  for (const e of events) {
    if (e.name !== "ProfileChunk") continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p || String(e.pid) !== key.split(":")[0]) continue;
    const cp = e.args.data.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) nodes.set(`${e.id}:${n.id}`, { ...n, pid: e.id });
    const deltas = e.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((s, i) => {
      p.t += deltas[i];
      samples.push({ t: p.t, node: `${e.id}:${s}` });
    });
  }
  samples.sort((a, b) => a.t - b.t);
  const frameOf = (id) => nodes.get(id)?.callFrame;
  const parentOf = new Map();
  for (const [id, n] of nodes) for (const c of n.children ?? []) parentOf.set(`${n.pid}:${c}`, id);
  for (const [id, n] of nodes) if (n.parent !== undefined) parentOf.set(id, `${n.pid}:${n.parent}`);

  const tasks = [];
  let current = null;
  const stack = [];
  for (const e of onMain) {
    if (e.name === "RunTask" && (!current || e.ts >= current.ts + current.dur)) {
      current = { ts: e.ts, dur: e.dur, cpu: e.tdur ?? e.dur, kinds: {}, scripts: new Set(), events: {} };
      tasks.push(current);
      stack.length = 0;
      continue;
    }
    if (!current || e.ts >= current.ts + current.dur) continue;
    while (stack.length && e.ts >= stack[stack.length - 1].ts + stack[stack.length - 1].dur) stack.pop();
    const parent = stack[stack.length - 1];
    const kind = KIND[e.name] ?? (parent ? parent.kind : "other");
    const self = { ts: e.ts, dur: e.dur, kind };
    // Self time: what its children do not cover.
    current.kinds[kind] = (current.kinds[kind] ?? 0) + e.dur;
    if (parent) current.kinds[parent.kind] -= e.dur;
    current.events[e.name] = (current.events[e.name] ?? 0) + e.dur;
    const url = e.args?.data?.url;
    if (url) current.scripts.add(String(url).replace(/^.*\//, ""));
    stack.push(self);
  }
  for (const t of tasks) {
    const covered = Object.values(t.kinds).reduce((a, b) => a + b, 0);
    t.kinds.other = (t.kinds.other ?? 0) + Math.max(0, t.dur - covered);
    // Components the profiler saw, by samples: the nearest capitalised function on each stack.
    const inTask = samples.filter((s) => s.t >= t.ts && s.t < t.ts + t.dur);
    const comps = {};
    const leaves = {};
    for (const s of inTask) {
      const leaf = frameOf(s.node);
      if (leaf) {
        const name = `${leaf.functionName || "(anon)"} ${String(leaf.url).replace(/^.*\//, "")}`;
        leaves[name] = (leaves[name] ?? 0) + 1;
      }
      let id = s.node;
      let comp = null;
      for (let depth = 0; id && depth < 200; depth++) {
        const f = frameOf(id);
        if (f && /^[A-Z][A-Za-z0-9]+$/.test(f.functionName) && !/react|vendor|charts/.test(f.url)) {
          comp = f.functionName;
          break;
        }
        id = parentOf.get(id);
      }
      if (comp) comps[comp] = (comps[comp] ?? 0) + 1;
    }
    t.components = Object.entries(comps)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    t.leaves = Object.entries(leaves)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
  }
  const long = tasks.filter((t) => t.dur / 1000 >= LONG_MS);
  const blocking = long.reduce((sum, t) => sum + Math.max(0, (t.dur / 1000) * SLOWDOWN - 50), 0);
  const total = tasks.reduce((sum, t) => sum + t.dur / 1000, 0);
  // The same by the thread's own CPU time: what the work costs, without the time the thread waited for a core on a
  // busy machine (wall-clock durations above include it).
  const longCpu = tasks.filter((t) => t.cpu / 1000 >= LONG_MS);
  const cpu = {
    count: longCpu.length,
    longTotal: longCpu.reduce((s, t) => s + t.cpu / 1000, 0),
    blocking: longCpu.reduce((sum, t) => sum + Math.max(0, (t.cpu / 1000) * SLOWDOWN - 50), 0),
    total: tasks.reduce((sum, t) => sum + t.cpu / 1000, 0),
  };
  return { navStart, long, blocking, total, longTotal: long.reduce((s, t) => s + t.dur / 1000, 0), cpu };
}

async function traceOnce(browser, url) {
  const context = await browser.newContext(VIEWPORTS[FORM]);
  const page = await context.newPage();
  const operations = [];
  const started = Date.now();
  page.on("request", (request) => {
    if (request.url().includes("/graphql"))
      operations.push(`${request.postDataJSON()?.operationName ?? "?"}@${Date.now() - started}`);
  });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: "networkidle", timeout: 300_000 });
  await page.waitForTimeout(Number(options.settle));
  const buffer = await browser.stopTracing();
  if (process.env.TRACE_OUT) (await import("node:fs")).writeFileSync(process.env.TRACE_OUT, buffer);
  await context.close();
  return { ...analyse(JSON.parse(buffer.toString()).traceEvents, url), operations };
}

/** A Chromium with a DevTools port, for Lighthouse. */
/** One Lighthouse run (its mobile or desktop preset, simulated throttling, as `pnpm bench:web`), and its own trace. */
async function lighthouseOnce(chrome, url) {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const result = await lighthouse(
    url,
    { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
    FORM === "desktop" ? desktopConfig : undefined,
  );
  const { lhr, artifacts } = result;
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  // Each metric's share of the performance score: its audit's score times its weight (what it loses, in points).
  const parts = Object.fromEntries(
    lhr.categories.performance.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => [ref.id, { score: lhr.audits[ref.id]?.score ?? 0, weight: ref.weight }]),
  );
  return {
    ...analyse(artifacts.Trace.traceEvents, url),
    score: {
      parts,
      si: audit("speed-index"),
      lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    },
  };
}

const ms = (us) => `${(us / 1000).toFixed(1)}`;

async function main() {
  const servers = [];
  for (const [i, dist] of options.dist.entries()) {
    const root = options.root[i] ? path.resolve(options.root[i]) : undefined;
    servers.push({
      dist,
      ...(await startServer({ dist: path.resolve(dist), databaseUrl: options["database-url"], root })),
    });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const chrome = options.lighthouse ? await launchDebuggableChromium() : null;
  const measure = (url) => (chrome ? lighthouseOnce(chrome, url) : traceOnce(browser, url));
  // Each build by its folder, and its server's checkout when --root names one (the same build can be served twice).
  for (const [i, s] of servers.entries()) s.label = options.root[i] ? `${s.dist} (server ${options.root[i]})` : s.dist;
  const results = new Map(servers.map((s) => [s.label, []]));
  try {
    for (const s of servers) await traceOnce(browser, `${s.url}${options.path}`); // warm the answer cache
    for (let run = 0; run < Number(options.runs); run++) {
      for (const s of servers) {
        const r = await measure(`${s.url}${options.path}`);
        results.get(s.label).push(r);
        report(`${s.label} run ${run + 1}`, r);
      }
    }
    console.log("\nMedians:");
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const [dist, rs] of results) {
      if (rs[0]?.score) {
        const m = (key) => med(rs.map((r) => r.score[key]));
        console.log(
          `${dist}: Lighthouse ${FORM} performance ${m("performance")} (${rs.map((r) => r.score.performance).join(", ")}), ` +
            `accessibility ${m("accessibility")}, TBT ${Math.round(m("tbt"))} ms (${rs.map((r) => Math.round(r.score.tbt)).join(", ")}), ` +
            `FCP ${Math.round(m("fcp"))} ms, LCP ${Math.round(m("lcp"))} ms, CLS ${m("cls").toFixed(3)}`,
        );
      }
      console.log(
        `${dist}: long tasks ${med(rs.map((r) => r.long.length))}, long-task total ${med(rs.map((r) => r.longTotal)).toFixed(0)} ms, ` +
          `TBT at ×${SLOWDOWN} ~${med(rs.map((r) => r.blocking)).toFixed(0)} ms, main thread ${med(rs.map((r) => r.total)).toFixed(0)} ms; ` +
          `by CPU time: ${med(rs.map((r) => r.cpu.count))} tasks, ${med(rs.map((r) => r.cpu.longTotal)).toFixed(0)} ms, ` +
          `TBT ~${med(rs.map((r) => r.cpu.blocking)).toFixed(0)} ms, main thread ${med(rs.map((r) => r.cpu.total)).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
    await chrome?.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

function report(title, r) {
  console.log(
    `${title}: ${r.long.length} tasks >= ${LONG_MS} ms (${r.longTotal.toFixed(0)} ms), ` +
      `TBT at ×${SLOWDOWN} ~${r.blocking.toFixed(0)} ms, main thread ${r.total.toFixed(0)} ms`,
  );
  if (r.score) {
    const f = r.score;
    console.log(
      `  Lighthouse: performance ${f.performance}, accessibility ${f.accessibility}, FCP ${Math.round(f.fcp)} ms, ` +
        `LCP ${Math.round(f.lcp)} ms, SI ${Math.round(f.si)} ms, TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}, ` +
        `benchmark index ${f.benchmarkIndex}, load average ${os.loadavg()[0].toFixed(2)}`,
    );
    const short = { "first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "speed-index": "SI" };
    short["total-blocking-time"] = "TBT";
    short["cumulative-layout-shift"] = "CLS";
    console.log(
      `  points lost: ${Object.entries(f.parts)
        .map(([id, p]) => `${short[id] ?? id} ${((1 - p.score) * p.weight).toFixed(1)}`)
        .join(", ")}; LCP element: ${f.lcpElement ?? "-"}`,
    );
  }
  if (r.operations) console.log(`  asked for: ${r.operations.join(", ")}`);
  const shown = Number(options.tasks);
  for (const t of [...r.long].sort((a, b) => b.cpu - a.cpu).slice(0, shown)) {
    const kinds = Object.entries(t.kinds)
      .filter(([, v]) => v >= 500)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(", ");
    console.log(
      `  @${ms(t.ts - r.navStart)} ${ms(t.dur)} ms (cpu ${ms(t.cpu)}): ${kinds}` +
        `${t.scripts.size ? ` [${[...t.scripts].slice(0, 3).join(" ")}]` : ""}` +
        `\n      events: ${Object.entries(t.events)
          .sort((x, y) => y[1] - x[1])
          .slice(0, 5)
          .map(([name, us]) => `${name} ${ms(us)}`)
          .join(", ")}` +
        `${t.components.length ? `\n      components: ${t.components.map(([c, n]) => `${c} ${n}`).join(", ")}` : ""}` +
        `${t.leaves.length ? `\n      hot: ${t.leaves.map(([c, n]) => `${c} ${n}`).join(", ")}` : ""}`,
    );
  }
}

if (options.trace)
  report(
    options.trace,
    analyse(JSON.parse((await import("node:fs")).readFileSync(options.trace, "utf8")).traceEvents, options.url),
  );
else await main();
