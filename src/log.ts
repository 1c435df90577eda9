/**
 * A small leveled logger writing one line per event to stderr (or a sink for tests).
 * Secrets registered from the config are masked in every line, whatever the caller passes.
 */
export type Level = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export function createLogger(
  opts: { level?: Level; secrets?: string[]; sink?: (line: string) => void } = {},
): Logger {
  const min = ORDER[opts.level ?? "info"];
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 4);
  const sink = opts.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Mask each secret as written and as it appears inside JSON (quotes and backslashes escaped).
  const forms = [...new Set(secrets.flatMap((sec) => [sec, JSON.stringify(sec).slice(1, -1)]))].sort(
    (a, b) => b.length - a.length,
  );
  const mask = (s: string) => forms.reduce((acc, sec) => acc.split(sec).join("***"), s);
  const emit = (level: Level, msg: string, data?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    let extra = "";
    if (data && Object.keys(data).length > 0) {
      try {
        extra = ` ${JSON.stringify(data, (_k, v) => (v instanceof Error ? `${v.name}: ${v.message}` : v))}`;
      } catch {
        extra = " [unserializable data]";
      }
    }
    sink(mask(`${new Date().toISOString()} ${level.toUpperCase()} ${msg}${extra}`));
  };
  return {
    debug: (m, d) => emit("debug", m, d),
    info: (m, d) => emit("info", m, d),
    warn: (m, d) => emit("warn", m, d),
    error: (m, d) => emit("error", m, d),
  };
}

export const silentLogger: Logger = createLogger({ level: "silent" });
