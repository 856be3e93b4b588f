import path from "node:path";
import { Worker } from "node:worker_threads";
import { HttpError } from "../http/http-error";
import { FONT_FILES } from "./embed-render";

interface Job {
  id: number;
  svg: string;
  width: number;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** Seconds a client should wait when every worker is busy and the queue is full. */
const RETRY_AFTER_SECONDS = 2;

/**
 * PNG rendering in worker threads behind a bounded queue. Rasterizing a large chart takes seconds of CPU that would
 * otherwise block every other request on the event loop; here the event loop only hands SVG text over and takes PNG
 * bytes back. When every worker is busy and the queue is full, a new render is refused at once with 503 and
 * Retry-After instead of piling up memory and latency.
 */
export class PngRenderer {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly workers: number,
    private readonly maxQueue: number,
  ) {
    for (let i = 0; i < workers; i++) this.idle.push(this.spawn());
  }

  /** Renders the SVG `width` pixels wide (the height follows its proportions). */
  render(svg: string, width: number): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error("the PNG renderer is closed"));
    if (this.idle.length === 0 && this.queue.length >= this.maxQueue) {
      return Promise.reject(
        new HttpError(
          503,
          "SERVICE_UNAVAILABLE",
          `Every PNG renderer is busy and ${this.maxQueue} images are waiting, the limit. Try again in ${RETRY_AFTER_SECONDS} seconds, or use the SVG.`,
          { "Retry-After": String(RETRY_AFTER_SECONDS) },
        ),
      );
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, svg, width, resolve, reject });
      this.dispatch();
    });
  }

  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the server is stopping"));
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage({ id: job.id, svg: job.svg, width: job.width });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(path.join(__dirname, "png.worker.cjs"), { workerData: { fontFiles: FONT_FILES } });
    worker.unref();
    worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (!this.closed) this.idle.push(worker);
      if (job) {
        if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
        else job.reject(new Error(`PNG rendering failed: ${message.error}`));
      }
      this.dispatch();
    });
    // A worker that dies takes only its own job with it; a fresh one takes its place.
    worker.on("error", (error) => this.replace(worker, error));
    worker.on("exit", (code) => {
      if (code !== 0) this.replace(worker, new Error(`PNG worker exited with code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    if (this.closed) return;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    job?.reject(error);
    if (this.busy.size + this.idle.length < this.workers) this.idle.push(this.spawn());
    this.dispatch();
  }
}
