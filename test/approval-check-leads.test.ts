import { describe, expect, it } from "vitest";
import { checkRegister } from "../src/drafting/check-register.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { blankPart } from "./corpus/roster-draft.js";

/**
 * The check before 定稿 reads the document's own leads as written register and names what staff
 * left for themselves (fifth new-user trial, class 5: 「上半年的能定稿了吗」 listed the bot's own
 * 「下半年，我局将在…」 as chat twice, and said nothing of 「回头再核一下名称」 in the same plan).
 */
const part = (text: string) => blankPart("plan", "plan", { heading: "三、工作计划", paragraphs: [text] });
const reasons = (text: string) => checkRegister([part(text)]).flatMap((f) => f.reasons);

describe("the register check's leads and notes to self", () => {
  it.each([
    "下半年，我局将在县委、县政府的坚强领导下，继续推进各项工作。",
    "全年，共举办科普讲座12场。",
    "上半年，全局共开展培训3期。",
  ])("「%s」 is the document's own lead: nothing found", (s) => {
    expect(reasons(s)).toEqual([]);
  });

  it.each([
    // The whole note, as the card's 备注 shows it (notes-to-self.ts), not the part a second regex caught.
    ["新建省级星创天地1家，回头再核一下名称。", "回头再核一下名称"],
    ["争取经费3.2万元，这个数我再问下财务。", "这个数我再问下财务"],
    ["培训学员210人，具体多少明天再核对一下。", "具体多少明天再核对一下"],
  ])("「%s」 carries a note to self: named", (s, note) => {
    expect(reasons(s).join("；")).toContain(`填报人自己备忘的话「${note}」`);
  });

  it("a spoken topic frame is still found (星创天地这块，…)", () => {
    expect(reasons("星创天地这块，新认定2家。").join("；")).toContain("聊天的说法");
  });
});

const { open } = appPerTest();

describe("the half-year draft's check through the engine", () => {
  it("「上半年的能定稿了吗」 lists no 「下半年」 lead; a note to self still in the draft is named", async () => {
    const t = await open({ now: "2026-06-29T10:00:00+08:00" });
    await t.say("he-gq", "新认定省级星创天地1家，回头再核一下名称");
    await t.say("he-gq", "确认");
    await t.say("zhou-ju", "生成总结 2026上半年");
    const api = t.app.services.features.drafting as DraftingApi;
    await api.whenIdle();
    const out = (await t.say("lin-fen", "上半年的能定稿了吗")).map((r: Reply) => r.text).join("\n");
    expect(out).toContain("2026年上半年工作总结");
    expect(out).not.toContain("聊天的说法「下半年」");
    // The drafter may drop the note (it is no work); while it is in the text, the check says so.
    const body = JSON.stringify((await api.service.get({ year: 2026, half: 1 }))?.versions.at(-1)?.parts);
    expect(out.includes("填报人自己备忘的话")).toBe(body.includes("回头再核"));
  });
});
