import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase, FLOODS, startServer, type Req } from "./flood";

/**
 * `pnpm bench:blocking [--repeat N] [--server postgres://...] [--database postgres://...]`
 *
 * How long the server's event loop is blocked by one request of each costly kind (the flood's requests of
 * bench:load), sent one at a time with nothing else running. The server runs in its own process under V8's CPU
 * profiler; every stretch of the profile without an idle sample is a stretch in which nothing else (not even
 * /healthz) could be answered. Prints, per kind, the longest such stretch and the functions that took most of it.
 * A benchmark: figures, never pass/fail.
 */

interface Args {
  repeat: number;
  server: string;
  database: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { repeat: 8, server: "postgres://postgres@127.0.0.1:5432/postgres", database: null };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = argv[(i += 1)];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === "--repeat") args.repeat = Number(value);
    else if (name === "--server") args.server = value;
    else if (name === "--database") args.database = value;
    else throw new Error(`unknown argument ${name}`);
  }
  return args;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock V8's profiler stamps its samples with. */
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);

async function send(base: string, req: Req): Promise<number> {
  const res = await fetch(`${base}${req.path}`, {
    method: req.body ? "POST" : "GET",
    headers: req.body ? { "content-type": "application/json" } : {},
    body: req.body,
  });
  await res.arrayBuffer();
  return res.status;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "st-blocking-"));
  const port = 4800 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  const created = args.database ? null : await createDatabase(args.server);
  const databaseUrl = args.database ?? created!.url;
  let server: ChildProcess | null = null;
  const windows: { kind: string; from: number; to: number; status: number }[] = [];
  try {
    server = await startServer(databaseUrl, port, null, [
      "--cpu-prof",
      `--cpu-prof-dir=${profileDir}`,
      "--cpu-prof-interval=500",
    ]);
    // Warm up (compiled schema, JIT, caches), then one request at a time with pauses between them.
    for (const flood of FLOODS) for (let i = 0; i < 2; i++) await send(base, flood.next(1000 + i));
    await new Promise((r) => setTimeout(r, 500));
    for (const flood of FLOODS) {
      for (let i = 0; i < args.repeat; i++) {
        const from = nowMicros();
        const status = await send(base, flood.next(i));
        windows.push({ kind: flood.kind, from, to: nowMicros(), status });
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    if (server) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    await created?.drop();
  }

  const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`the server wrote no CPU profile in ${profileDir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const child of n.children ?? []) byId.get(child)!.parent = n.id;
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));

  // Stretches of consecutive busy samples: [start, end) in microseconds, with the samples in them.
  const stretches: { from: number; to: number; samples: number[] }[] = [];
  let t = profile.startTime;
  let current: { from: number; to: number; samples: number[] } | null = null;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (idle.has(id)) {
      if (current) stretches.push(current);
      current = null;
    } else {
      current ??= { from: t, to: t, samples: [] };
      current.to = t;
      current.samples.push(id);
    }
  });
  if (current) stretches.push(current);

  const label = (id: number) => {
    const n = byId.get(id)!;
    const where = n.callFrame.url ? `${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : "";
    return `${n.callFrame.functionName || "(anonymous)"} ${where}`.trim();
  };
  console.log(`One request at a time, ${args.repeat} of each kind, the server under the CPU profiler:`);
  for (const kind of FLOODS.map((f) => f.kind)) {
    const mine = windows.filter((w) => w.kind === kind);
    const inside = stretches.filter((s) => mine.some((w) => s.to >= w.from && s.from <= w.to));
    const lengths = inside.map((s) => (s.to - s.from) / 1000).sort((a, b) => b - a);
    const total = inside.reduce((sum, s) => sum + (s.to - s.from) / 1000, 0);
    const statuses = [...new Set(mine.map((w) => w.status))].join(",");
    console.log(
      `\n${kind} (status ${statuses}): longest block ${lengths[0]?.toFixed(0) ?? "?"} ms, next ${lengths
        .slice(1, 4)
        .map((l) => l.toFixed(0))
        .join(", ")} ms; busy ${(total / mine.length).toFixed(0)} ms per request`,
    );
    const worst = inside.sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!worst) continue;
    // Inclusive share of each function in the longest block: what it called counts as its own.
    const inclusive = new Map<string, number>();
    for (const id of worst.samples) {
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = byId.get(id); n; n = n.parent ? byId.get(n.parent) : undefined) {
        const name = label(n.id);
        if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
        seen.add(name);
      }
    }
    const top = [...inclusive]
      .filter(([name]) => !name.startsWith("(root)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14);
    for (const [name, n] of top)
      console.log(`    ${((n / worst.samples.length) * 100).toFixed(0).padStart(3)}%  ${name}`);
  }
  console.log(
    `\nProfile: ${path.join(profileDir, file)}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
