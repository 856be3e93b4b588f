import path from "node:path";

/**
 * The one place that reads process.env. Everything else receives a typed Config.
 * Every key is listed, with its default, in .env.example at the repository root.
 */
export interface Config {
  /** PostgreSQL connection string; null means "start the embedded PGlite database". */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files (git-ignored). "memory://" keeps nothing. */
  embeddedDataDir: string;
  host: string;
  port: number;
  /** Data package loaded into an empty database at start-up. */
  seedDir: string;
  /** Built dashboard served at "/"; absent in API-only runs. */
  webDistDir: string;
  /** Size of the pg connection pool (the embedded socket server accepts as many). */
  poolSize: number;
  logLevel: "silent" | "info" | "debug";
  /** Where the user ran the command from (pnpm runs scripts inside the package), for relative paths they give. */
  invocationDir: string;
  /** Tests only: a PostgreSQL server on which each test file creates and drops its own database. */
  testDatabaseUrl: string | null;
  /**
   * Tests only: a migrated, empty embedded database as a tarball (`src/db/cli.ts template FILE` writes one) that an
   * in-memory embedded database starts from, instead of running initdb and every migration (seconds of CPU each time).
   */
  embeddedTemplate: string | null;
  /** Bounds and caching of the public API (GraphQL and the CSV/JSON twins). */
  api: ApiLimits;
  /**
   * Express's "trust proxy": false, true, or the number of proxies in front. Behind a TLS proxy it makes the links
   * the server writes (embeds, oEmbed) use https and the public host.
   */
  trustProxy: boolean | number;
  /**
   * The site's public address (scheme, host, optional port), written into embed and oEmbed links. Null: the address
   * the server listens on, or, behind a trusted proxy (TRUST_PROXY), the address the proxy says the client used.
   */
  publicUrl: string | null;
  /** Timeouts set on every pooled database connection, so no request holds a connection or a lock for long. */
  db: DatabaseTimeouts;
  /** CSV/JSON downloads streamed to clients. */
  streams: StreamLimits;
  /** Per-client request budgets, kept in the database so that several server processes share them. */
  rateLimit: RateLimitSettings;
  /** PNG rendering. */
  images: ImageLimits;
  /** Sessions, sign-in limits and the public's error reports. */
  editorial: EditorialConfig;
}

export interface DatabaseTimeouts {
  /** Longest a single SQL statement may run (statement_timeout). */
  statementTimeoutMs: number;
  /** Longest a statement may wait for a lock (lock_timeout). */
  lockTimeoutMs: number;
  /** Longest a connection may sit idle inside a transaction (idle_in_transaction_session_timeout). */
  idleInTransactionTimeoutMs: number;
  /** Longest a request waits for a connection from the pool (or for a new one) before answering 503. */
  connectTimeoutMs: number;
}

export interface StreamLimits {
  /** Downloads streamed at the same time; one more answers 503 with Retry-After. */
  maxConcurrent: number;
  /** A client that takes nothing of a download for this long is cut off. */
  writeTimeoutMs: number;
}

export interface RateLimitSettings {
  /** Points one client (address, or API token) may spend per window; 0 turns the limit off. */
  points: number;
  /** Length of the window, in seconds. */
  windowSeconds: number;
}

export interface ImageLimits {
  /** Most pixels one PNG may have (width × height × scale²). */
  maxPixels: number;
  /** Worker threads that render PNGs. */
  workers: number;
  /** PNGs waiting for a worker; one more answers 503 with Retry-After. */
  queue: number;
}

export interface EditorialConfig {
  /** How long a sign-in lasts, in hours. */
  sessionTtlHours: number;
  /** Failed sign-ins allowed per account, and per address, in 15 minutes before further tries are refused. */
  signInFailuresPerAccount: number;
  signInFailuresPerAddress: number;
  /** Error reports the public may send per address per hour. */
  reportsPerHour: number;
}

export interface ApiLimits {
  /** Deepest selection a GraphQL operation may nest (introspection fields aside). */
  maxDepth: number;
  /** Most aliases one GraphQL operation may use. */
  maxAliases: number;
  /** Longest date range, in years, that counts may split into periods. */
  maxSpanYears: number;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long clients and proxies may reuse a public read without asking again, in seconds. */
  cacheMaxAgeSeconds: number;
  /** Most lexical tokens one GraphQL document may have. */
  maxTokens: number;
  /** Most directives one GraphQL document may use. */
  maxDirectives: number;
  /** Node budget: the most objects and buckets one GraphQL request may be estimated to return. */
  maxNodes: number;
  /** Most buckets one counts answer may hold. */
  maxBuckets: number;
  /**
   * Costly requests (GraphQL operations estimated at costlyNodes nodes and buckets or more, counts answers of
   * costlyNodes buckets or more) run at most costlyConcurrent at once; costlyQueue more may wait for a place, and one
   * more than that answers 503 with Retry-After. Cheap requests never wait here.
   */
  costlyConcurrent: number;
  costlyQueue: number;
  costlyNodes: number;
}

const repoRoot = path.resolve(__dirname, "..", "..");

export class ConfigError extends Error {}

function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return n;
}

function parseWhole(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function parsePublicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === "") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute address such as https://subpoenas.example.org, got "${raw}"`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.pathname !== "/" || url.search || url.hash) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) origin with no path, got "${raw}"`);
  }
  return url.origin;
}

function parseTrustProxy(raw: string | undefined): boolean | number {
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  return parseWhole(raw, "TRUST_PROXY", 0, 0, 10);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const invocationDir = env.INIT_CWD || process.cwd();
  // Relative paths are taken from where the command was run (pnpm runs scripts inside the package folder).
  const pathFrom = (raw: string | undefined, fallback: string) => (raw ? path.resolve(invocationDir, raw) : fallback);
  const logLevel = env.LOG_LEVEL ?? "info";
  if (logLevel !== "silent" && logLevel !== "info" && logLevel !== "debug") {
    throw new ConfigError(`LOG_LEVEL must be silent, info or debug, got "${logLevel}"`);
  }
  const poolSize = parsePort(env.DB_POOL_SIZE, "DB_POOL_SIZE", 8);
  if (poolSize < 1) throw new ConfigError("DB_POOL_SIZE must be at least 1");
  return {
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    embeddedDataDir: env.EMBEDDED_DATA_DIR?.startsWith("memory://")
      ? env.EMBEDDED_DATA_DIR
      : pathFrom(env.EMBEDDED_DATA_DIR, path.join(repoRoot, ".data", "pglite")),
    host: env.HOST || "127.0.0.1",
    port: parsePort(env.PORT, "PORT", 4000),
    seedDir: pathFrom(env.SEED_DIR, path.join(repoRoot, "data", "seed")),
    webDistDir: pathFrom(env.WEB_DIST_DIR, path.join(repoRoot, "web", "dist")),
    poolSize,
    logLevel,
    invocationDir,
    testDatabaseUrl: env.TEST_DATABASE_URL || null,
    embeddedTemplate: env.EMBEDDED_TEMPLATE ? path.resolve(invocationDir, env.EMBEDDED_TEMPLATE) : null,
    api: {
      maxDepth: parseWhole(env.API_MAX_DEPTH, "API_MAX_DEPTH", 8, 2, 100),
      maxAliases: parseWhole(env.API_MAX_ALIASES, "API_MAX_ALIASES", 30, 0, 1000),
      maxSpanYears: parseWhole(env.API_MAX_SPAN_YEARS, "API_MAX_SPAN_YEARS", 100, 1, 10000),
      maxBodyBytes: parseWhole(env.API_MAX_BODY_BYTES, "API_MAX_BODY_BYTES", 100_000, 1000, 100_000_000),
      cacheMaxAgeSeconds: parseWhole(env.API_CACHE_MAX_AGE, "API_CACHE_MAX_AGE", 60, 0, 86_400),
      maxTokens: parseWhole(env.API_MAX_TOKENS, "API_MAX_TOKENS", 2000, 100, 1_000_000),
      maxDirectives: parseWhole(env.API_MAX_DIRECTIVES, "API_MAX_DIRECTIVES", 10, 0, 10_000),
      maxNodes: parseWhole(env.API_MAX_NODES, "API_MAX_NODES", 20_000, 100, 10_000_000),
      maxBuckets: parseWhole(env.API_MAX_BUCKETS, "API_MAX_BUCKETS", 10_000, 10, 10_000_000),
      // One at a time: /healthz and cheap reads then wait behind at most one costly answer being built (tens of ms;
      // `pnpm bench:blocking` measures it), and the database still overlaps it with the next one's statements.
      costlyConcurrent: parseWhole(env.API_COSTLY_CONCURRENT, "API_COSTLY_CONCURRENT", 1, 1, 1000),
      costlyQueue: parseWhole(env.API_COSTLY_QUEUE, "API_COSTLY_QUEUE", 64, 0, 100_000),
      costlyNodes: parseWhole(env.API_COSTLY_NODES, "API_COSTLY_NODES", 1000, 1, 10_000_000),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    db: {
      statementTimeoutMs: parseWhole(env.DB_STATEMENT_TIMEOUT_MS, "DB_STATEMENT_TIMEOUT_MS", 15_000, 0, 3_600_000),
      lockTimeoutMs: parseWhole(env.DB_LOCK_TIMEOUT_MS, "DB_LOCK_TIMEOUT_MS", 5000, 0, 3_600_000),
      idleInTransactionTimeoutMs: parseWhole(
        env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        "DB_IDLE_IN_TRANSACTION_TIMEOUT_MS",
        30_000,
        0,
        3_600_000,
      ),
      connectTimeoutMs: parseWhole(env.DB_CONNECT_TIMEOUT_MS, "DB_CONNECT_TIMEOUT_MS", 3000, 100, 600_000),
    },
    streams: {
      maxConcurrent: parseWhole(env.STREAM_MAX_CONCURRENT, "STREAM_MAX_CONCURRENT", 16, 1, 10_000),
      writeTimeoutMs: parseWhole(env.STREAM_WRITE_TIMEOUT_MS, "STREAM_WRITE_TIMEOUT_MS", 30_000, 100, 3_600_000),
    },
    rateLimit: {
      // A dashboard page costs about 110 points (a jurisdiction's page: eleven queries). 6,000 a minute lets a reader
      // open a page a second for a minute, or a newsroom share one address, while one client still gets at most a
      // fifth of what the server answers (487 cheap requests/s were measured on 2 cores).
      points: parseWhole(env.RATE_LIMIT_POINTS, "RATE_LIMIT_POINTS", 6000, 0, 100_000_000),
      windowSeconds: parseWhole(env.RATE_LIMIT_WINDOW_SECONDS, "RATE_LIMIT_WINDOW_SECONDS", 60, 1, 86_400),
    },
    images: {
      maxPixels: parseWhole(env.IMAGE_MAX_PIXELS, "IMAGE_MAX_PIXELS", 6_000_000, 30_000, 100_000_000),
      workers: parseWhole(env.IMAGE_WORKERS, "IMAGE_WORKERS", 1, 1, 64),
      queue: parseWhole(env.IMAGE_QUEUE, "IMAGE_QUEUE", 16, 0, 10_000),
    },
    editorial: {
      sessionTtlHours: parseWhole(env.SESSION_TTL_HOURS, "SESSION_TTL_HOURS", 12, 1, 24 * 90),
      signInFailuresPerAccount: parseWhole(
        env.SIGN_IN_FAILURES_PER_ACCOUNT,
        "SIGN_IN_FAILURES_PER_ACCOUNT",
        5,
        1,
        1000,
      ),
      signInFailuresPerAddress: parseWhole(
        env.SIGN_IN_FAILURES_PER_ADDRESS,
        "SIGN_IN_FAILURES_PER_ADDRESS",
        20,
        1,
        10_000,
      ),
      reportsPerHour: parseWhole(env.REPORTS_PER_HOUR, "REPORTS_PER_HOUR", 10, 1, 10_000),
    },
  };
}
