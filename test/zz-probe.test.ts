import { it } from "vitest";
import { readFileSync } from "node:fs";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
it("probe", () => {
  const out: string[] = [];
  for (const line of readFileSync("/tmp/probe.txt", "utf8").split("\n").filter(Boolean)) {
    const [who, aw, text] = line.split("|");
    const ctx: Record<string, unknown> =
      aw === "nothing"
        ? { awaiting: "nothing", justAsked: false }
        : { awaiting: aw, justAsked: true, pendingDrafts: 1 };
    out.push(`${heard(who!, text!, ctx as never)}\t${who} ${aw} ${text}`);
  }
  console.log(out.join("\n"));
});
