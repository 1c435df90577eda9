import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import type { Update } from "../src/domain/update.js";
import { composeReminder } from "../src/reminders/compose-reminder.js";
import { whoIsMissing } from "../src/reminders/who-is-missing.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Round forty-six (lead): 何婷 (高新技术企业与创新平台 and 科技项目与研发投入) was told 「还没有收到您负责的「科技项目与研发投入」
 * …的工作进展」 in a week 李明 had reported that section twice — untrue as read, and an invitation to report it again.
 * She is still reminded (each person answers for their own part), but the section a colleague reported is named with
 * who and how many.
 */
const org = parseOrg(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../data/org.example.json"), "utf8")),
);
const week = "2025-W47";
const u = (author: string, section: string, partial: Partial<Update> = {}) =>
  makeUpdate({ author, section, date: "2025-11-19", ...partial });
const decide = (updates: Update[]) =>
  new Map(
    whoIsMissing({ org, week, updates, prefs: () => undefined, dates: ["2025-11-21"] }).map((d) => [
      d.person.id,
      d,
    ]),
  );
const ask = (updates: Update[], id: string) => {
  const d = decide(updates).get(id)!;
  const r = composeReminder(d.person, d.missing, week, [], { year: 2025, month: 11, day: 21 }, d.coveredBy);
  return { d, text: r.text, blocks: r.card?.blocks ?? [] };
};

describe("a reminder for a section a colleague already reported", () => {
  it("names who reported a shared section and how many, and still asks for the one nobody reported", () => {
    const { d, text, blocks } = ask([u("li-rd", "rd"), u("li-rd", "rd")], "he-gq");
    expect(d.ping).toBe(true);
    expect(d.coveredBy.map((c) => [c.section.id, c.names, c.count])).toEqual([["rd", ["李明"], 2]]);
    expect(text).toContain("还没有收到您负责的「高新技术企业与创新平台」的工作进展");
    expect(text).toContain("「科技项目与研发投入」李明已报 2 条");
    expect(text).not.toContain("还没有收到您负责的「高新技术企业与创新平台」、「科技项目与研发投入」");
    expect(blocks.join("\n")).toContain("李明已报 2 条");
  });

  it("when every missing section was reported by colleagues, says so instead of 还没有收到", () => {
    const { text } = ask([u("li-rd", "rd"), u("he-gq", "rd", { status: "draft" })], "he-gq");
    // His own draft does not count for 何婷; 李明's one confirmed update is named.
    expect(text).toContain("「科技项目与研发投入」李明已报 1 条");
    const xu = ask([u("wang-ban", "party"), u("wang-ban", "party")], "xu-dj").text;
    expect(xu).toContain("您负责的「党建与作风建设」王志强已报 2 条，还没有收到您这边的");
    expect(xu).not.toContain("还没有收到您负责的「党建与作风建设」的工作进展");
  });

  it("does not count a colleague's 本周无进展, a draft, a withdrawn update or another week", () => {
    for (const other of [
      u("li-rd", "rd", { noProgress: true }),
      u("li-rd", "rd", { status: "draft" }),
      u("li-rd", "rd", { status: "withdrawn" }),
      u("li-rd", "rd", { date: "2025-11-12" }),
    ]) {
      const { d, text } = ask([other], "he-gq");
      expect(d.coveredBy).toEqual([]);
      expect(text).toContain(
        "还没有收到您负责的「科技项目与研发投入」、「高新技术企业与创新平台」的工作进展",
      );
    }
  });

  it("asks as before for a section nobody else reported, and names a colleague once", () => {
    const { d, text } = ask(
      [u("zhao-zh", "talent"), u("xu-dj", "party"), u("wang-ban", "party")],
      "wang-ban",
    );
    expect(d.ping).toBe(true);
    expect(d.missing.map((s) => s.id)).toEqual(["office"]);
    expect(text).not.toContain("已报");
    expect(text).toContain("还没有收到您负责的「综合管理与安全生产」的工作进展");
    const x = ask([u("wang-ban", "party"), u("wang-ban", "party")], "xu-dj");
    expect(x.d.coveredBy[0]?.names).toEqual(["王志强"]);
  });
});
