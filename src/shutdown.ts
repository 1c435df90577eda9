/**
 * Stopping on SIGTERM/SIGINT within a fixed budget, whatever Feishu or a model does: Docker
 * sends SIGKILL 10 s after SIGTERM by default, and a supervisor that waits longer is no reason to.
 * Nothing is lost by stopping early: an event is in the inbox before Feishu gets its 200, and
 * whatever is unfinished is replayed at the next start.
 */
export const SHUTDOWN_BUDGET_MS = 5000;

export interface StopOptions {
  budgetMs?: number;
  /** Where the "stopping" and "forced exit" lines go. */
  say?: (line: string) => void;
  exit?: (code: number) => void;
}

/**
 * Runs `stop` on the first SIGTERM or SIGINT, then exits 0 — or exits 1 when `stop` fails or has
 * not finished within the budget. A second signal exits at once.
 */
export function stopOnSignal(stop: () => Promise<void>, opts: StopOptions = {}): void {
  const budget = opts.budgetMs ?? SHUTDOWN_BUDGET_MS;
  const say = opts.say ?? ((line: string) => console.error(line));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      say(`再次收到 ${signal}，立即退出 / second ${signal}: exiting now`);
      exit(1);
      return;
    }
    stopping = true;
    say(`收到 ${signal}，正在停止（最多 ${budget / 1000} 秒）/ stopping within ${budget / 1000} s`);
    const hard = setTimeout(() => {
      say(
        "停止超时，强制退出；未处理完的消息下次启动时补处理 / forced exit: unfinished events are replayed at the next start",
      );
      exit(1);
    }, budget);
    hard.unref();
    stop().then(
      () => exit(0),
      (e: unknown) => {
        say(`停止时出错 / error while stopping: ${(e as Error)?.message ?? e}`);
        exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
