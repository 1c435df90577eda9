import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { LEADER_SYNONYM_HELP } from "../src/conversation/leader-request.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * The help text promises its everyday phrasings (「也可以说：…」 in a command's help, the leaders' 「命令：说法、说法」
 * lines): each one, read by the rules alone with nothing pending, must be that command — so a phrasing added to the
 * help is one the rules accept, and a rule change that drops one fails here (issue #10's 「Done means」).
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });

/** The phrasings of one list: notes in brackets, quoted examples with arguments and numbers left out. */
const phrasesOf = (list: string) =>
  list
    .replace(/（[^）]*）/g, "")
    .split(/[、；]/)
    .map((p) => p.replace(/[「」]/g, "").trim())
    .filter((p) => p !== "" && !/[…\d：:]|说了时段|看一个部分|问一个数字/.test(p));

/** What the rules make of it: a command's name, or 确认 for a yes to a draft's card. */
const read = (who: string, text: string, onCard = false) => {
  const ctx = onCard ? { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 } : {};
  const got = classifyIntent(text, intentContextFor(t.app, who, { guess: null, ...ctx }));
  if (got.kind === "answer" && got.answer === "yes") return "确认";
  return got.kind === "command" ? got.command : got.kind;
};

/** The commands' own help lines with 也可以说/也可以问, as 帮助 shows them to staff. */
const staffLines = () =>
  t.app.engine.commands
    .map((c) => ({ name: c.names[0]!, m: /也可以(?:说|问)：([^）]*)/.exec(c.help) }))
    .filter((c): c is { name: string; m: RegExpExecArray } => c.m !== null)
    .map((c) => ({ name: c.name, phrases: phrasesOf(c.m[1]!.split(/；问某一项|；「/)[0]!) }));

describe("the help text's everyday phrasings are what the rules accept", () => {
  it("staff commands' help lines list phrasings", () => {
    expect(staffLines().length).toBeGreaterThanOrEqual(8);
  });

  it("each staff phrasing is its command", () => {
    const wrong: string[] = [];
    for (const { name, phrases } of staffLines()) {
      // 确认's words are said to a draft's card; the lookups of others are a leader's.
      const who = /查数|查看填报/.test(name) ? "zhou-ju" : "li-rd";
      for (const p of phrases) {
        const got = read(who, p, name === "确认");
        if (got !== name) wrong.push(`${name}: 「${p}」 → ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("each leader phrasing is its command", () => {
    const wrong: string[] = [];
    for (const line of LEADER_SYNONYM_HELP) {
      for (const part of line.split(/；(?=[\u4e00-\u9fff]{2,4}：)/)) {
        const m = /^([\u4e00-\u9fff]{2,4})：(.*)$/.exec(part);
        if (!m || m[1] === "部分可以说") continue;
        for (const p of phrasesOf(m[2]!)) {
          const got = read("zhou-ju", p);
          if (got !== m[1]) wrong.push(`${m[1]}: 「${p}」 → ${got}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
