import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * The section question answered by whose work it is — 「算李明那块的」「李明嗰边」「算小孙那块的」 — is that colleague's section
 * from the roster when it is one of those offered and the only one of theirs there (section-of-colleague.ts). Lines written
 * for the test (西南官话, 粤, 冀北, plain Mandarin, Traditional); docs 第四十七轮 dlg47.
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const sectionsOf = (ids: string[]) => t.app.services.org.sections.filter((s) => ids.includes(s.id));
/** Who is asked which of their two sections; the section read, or the kind of what was read. */
function asked(who: string, ids: string[], text: string): string {
  const got = classifyIntent(
    text,
    intentContextFor(t.app, who, {
      guess: null,
      awaiting: "section",
      justAsked: true,
      sections: sectionsOf(ids),
    }),
  );
  return got.kind === "answer" && got.answer === "section" ? got.section : got.kind;
}
const he = (text: string) => asked("he-gq", ["hitech", "rd"], text);
const wang = (text: string) => asked("wang-ban", ["office", "party"], text);

describe("the section question answered with a colleague's name", () => {
  it.each([
    "算李明那块的",
    "李明嗰边",
    "算小李那边的吧",
    "这个归老李那块",
    "記到李明那邊",
    "应该算李明那摊的",
    "李明那边的",
    "李明管的",
  ])("何婷: %s → 项目 (李明's)", (text) => {
    expect(he(text)).toBe("rd");
  });
  it.each(["算小徐那块的", "徐芳嗰边", "归小徐", "算徐姐那边的噻"])("王志强: %s → 党建 (徐芳's)", (text) => {
    expect(wang(text)).toBe("party");
  });
  it.each([
    "问下李明",
    "李明",
    "李明也去了",
    "算小孙那块的", // 孙磊's section is not among 王志强's two: nothing guessed
    "小徐说了算",
  ])("not a colleague's section: %s", (text) => {
    expect(["office", "party"]).not.toContain(wang(text));
  });
  it("a colleague none of whose sections is offered: nothing guessed", () => {
    expect(asked("zhao-zh", ["transfer", "talent"], "算何婷那块的")).not.toMatch(
      /^(?:transfer|talent|hitech|rd)$/,
    );
  });
});
