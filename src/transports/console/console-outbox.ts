import type { Org } from "../../domain/org.js";
import type { Outbox, Reply } from "../../conversation/types.js";
import { renderForConsole } from "./render-text.js";

/** Outbox for local runs: pushes (reminders, digests, progress) are printed, addressed by name. */
export function createConsoleOutbox(
  org: Org,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Outbox {
  return {
    async sendToPerson(personId: string, reply: Reply, opts?: { updateKey?: string }) {
      const name = org.people.find((p) => p.id === personId)?.name ?? personId;
      const tag = opts?.updateKey ? "（更新）" : "";
      write(`\n→ 发给 ${name}${tag}：\n${renderForConsole(reply)}\n`);
    },
  };
}
