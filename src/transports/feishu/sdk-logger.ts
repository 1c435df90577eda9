import type { Logger } from "../../log.js";

/**
 * Route the SDK's variadic logger into ours (one line, masked secrets, our levels). `quiet`
 * turns the SDK's errors into debug lines — for the API client, whose failures the send queue
 * already reports once, with the retry decision.
 */
export function sdkLogger(log: Logger, opts: { quiet?: boolean } = {}) {
  // The SDK's LoggerProxy hands its variadic arguments over as ONE array: spread it again.
  const line = (msg: unknown[]) =>
    (msg.length === 1 && Array.isArray(msg[0]) ? (msg[0] as unknown[]) : msg)
      .map((m) => {
        if (typeof m === "string") return m;
        if (m instanceof Error) return m.message;
        try {
          return JSON.stringify(m);
        } catch {
          return String(m);
        }
      })
      .join(" ")
      .slice(0, 1000);
  return {
    error: (...msg: unknown[]) => (opts.quiet ? log.debug : log.error)(`lark sdk: ${line(msg)}`),
    warn: (...msg: unknown[]) => (opts.quiet ? log.debug : log.warn)(`lark sdk: ${line(msg)}`),
    info: (...msg: unknown[]) => log.debug(`lark sdk: ${line(msg)}`),
    debug: (...msg: unknown[]) => log.debug(`lark sdk: ${line(msg)}`),
    trace: (...msg: unknown[]) => log.debug(`lark sdk: ${line(msg)}`),
  };
}
