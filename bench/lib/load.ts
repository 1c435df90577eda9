import { Agent, request } from "node:http";

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  latencies: number[];
  /** performance.now() when request i was sent (same clock as the caller's). */
  sentAt: number[];
  wallMs: number;
  statuses: Record<number, number>;
  errors: number;
}

/**
 * Posts every prepared request to `base`, keeping `concurrency` in flight over keep-alive
 * connections; records each one's time to a complete answer.
 */
export async function runLoad(
  base: string,
  reqs: readonly PreparedRequest[],
  concurrency: number,
): Promise<LoadResult> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const sentAt: number[] = new Array(reqs.length);
  const statuses: Record<number, number> = {};
  let errors = 0;
  let next = 0;
  const one = (r: PreparedRequest, i: number) =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      sentAt[i] = t;
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: r.path,
          method: "POST",
          agent,
          headers: { ...r.headers, "content-length": Buffer.byteLength(r.body) },
        },
        (res) => {
          res.on("data", () => undefined);
          res.on("end", () => {
            latencies.push(performance.now() - t);
            statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors += 1;
        resolve();
      });
      req.end(r.body);
    });
  const worker = async () => {
    while (next < reqs.length) {
      const i = next++;
      await one(reqs[i]!, i);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { latencies, sentAt, wallMs, statuses, errors };
}
