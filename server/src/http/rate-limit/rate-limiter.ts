import type { Queryable } from "../../modules/shared/queryable";

export interface RateLimitState {
  /** Points per window; null when the server sets no limit. */
  limit: number | null;
  remaining: number | null;
  /** When the current window ends. */
  resetAt: Date;
  /** Whether the last charge went over the limit. */
  exceeded: boolean;
}

/**
 * Fixed-window counters per client, kept in the database so that every server process on one PostgreSQL counts the
 * same points: one upsert per charge, returning the window's total. Cheap on purpose:
 * - a client already over the limit in this window is refused from memory until the window ends, without asking the
 *   database again (the fast path that matters in a flood);
 * - if the database cannot answer, the limiter fails safe: it keeps counting in memory for this process (so one
 *   client still cannot flood it) and lets requests through rather than failing them for the limiter's sake.
 * Windows are swept from the table once they are over.
 */
export class RateLimiter {
  private readonly blocked = new Map<string, { windowId: number; points: number }>();
  private readonly local = new Map<string, { windowId: number; points: number }>();
  private lastSweep = 0;

  constructor(
    private readonly q: Queryable,
    readonly points: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.points > 0;
  }

  private window(): { windowId: number; resetAt: Date } {
    const windowMs = this.windowSeconds * 1000;
    const windowId = Math.floor(this.now() / windowMs);
    return { windowId, resetAt: new Date((windowId + 1) * windowMs) };
  }

  /** Adds `weight` points to the client's window and says where it stands. */
  async charge(client: string, weight: number): Promise<RateLimitState> {
    const { windowId, resetAt } = this.window();
    if (!this.enabled) return { limit: null, remaining: null, resetAt, exceeded: false };
    const known = this.blocked.get(client);
    if (known?.windowId === windowId) {
      known.points += weight;
      return { limit: this.points, remaining: 0, resetAt, exceeded: true };
    }
    let total: number;
    try {
      total = await this.upsert(client, windowId, weight);
    } catch {
      total = this.countLocally(client, windowId, weight);
    }
    this.sweep(windowId);
    const exceeded = total > this.points;
    if (exceeded) this.blocked.set(client, { windowId, points: total });
    return { limit: this.points, remaining: Math.max(0, this.points - total), resetAt, exceeded };
  }

  private async upsert(client: string, windowId: number, weight: number): Promise<number> {
    const [row] = await this.q.query<{ points: number }[]>(
      `INSERT INTO rate_limits (client, window_id, points) VALUES ($1, $2, $3)
       ON CONFLICT (client, window_id) DO UPDATE SET points = rate_limits.points + EXCLUDED.points
       RETURNING points`,
      [client, windowId, weight],
    );
    return Number(row.points);
  }

  private countLocally(client: string, windowId: number, weight: number): number {
    const entry = this.local.get(client);
    if (entry?.windowId === windowId) {
      entry.points += weight;
      return entry.points;
    }
    this.local.set(client, { windowId, points: weight });
    return weight;
  }

  /** Once per window: forget finished windows, in memory and in the table (in the background, errors ignored). */
  private sweep(windowId: number): void {
    if (this.lastSweep === windowId) return;
    this.lastSweep = windowId;
    for (const map of [this.blocked, this.local]) {
      for (const [client, entry] of map) if (entry.windowId < windowId) map.delete(client);
    }
    this.q.query(`DELETE FROM rate_limits WHERE window_id < $1`, [windowId - 1]).catch(() => {});
  }
}
