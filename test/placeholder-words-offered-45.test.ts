import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { wordsToAdd } from "../src/drafting/words-to-add.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-five (lead, console): 周建国 said 「存在问题那块补一句人手不足」 on a draft whose 存在的问题 was only a
 * placeholder. Offline, nothing can be rewritten there and nothing was — said so — but the words he gave were his own
 * text to put in: the reply now offers them back as 改写, one tap, and says they are his words, not material.
 */
describe("words a reviewer asks to add", () => {
  it.each([
    ["补一句人手不足", "人手不足"],
    ["加上：乡镇科普阵地偏少", "乡镇科普阵地偏少"],
    ["把“经费保障不足”写进去", "经费保障不足"],
    ["再加一条基层科技人员流失较多吧", "基层科技人员流失较多"],
    ["補一句專業人才缺乏", "專業人才缺乏"],
    ["添一句 企业创新意识不强", "企业创新意识不强"],
    ["写上「科技投入渠道单一」", "科技投入渠道单一"],
    ["帮我补一句人手紧张的问题", "人手紧张"],
  ])("「%s」 gives 「%s」", (said, words) => {
    expect(wordsToAdd(said)).toBe(words);
  });

  it.each([
    "补充数据",
    "加点具体内容",
    "加一点具体内容",
    "补一句3个乡镇没有科普站",
    "补一句有两个乡镇没有科普站点",
    "写具体点",
    "补充一下",
    "重写",
    "加一些亮点",
    "把问题写具体些",
  ])("「%s」 gives no words", (said) => {
    expect(wordsToAdd(said)).toBeUndefined();
  });
});

const { open } = appPerTest();

describe("补一句… on a placeholder part, offline", () => {
  it("offers the leader's words as 改写 in one tap, changes nothing until pressed", async () => {
    const t = await open({ now: "2026-11-16T10:00:00+08:00" });
    await t.say("li-rd", "高企认定了12家，帮企业争取省级项目资金一百二十五万元");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2026");
    const api = t.app.services.features.drafting as DraftingApi;
    await api.whenIdle();
    const before = (await api.service.get({ year: 2026 }))?.versions.length;
    const replies = await t.say("zhou-ju", "存在问题那块补一句人手不足");
    const text = replies.map((r) => r.text).join("\n");
    expect(text).toContain("只是占位语");
    expect(text).toContain("「人手不足」");
    expect(text).toContain("不算填报材料");
    const button = replies.flatMap((r) => r.card?.buttons ?? []).find((b) => b.label === "用这句改写");
    expect(button?.command).toBe("改写 问题 人手不足");
    expect((await api.service.get({ year: 2026 }))?.versions.length).toBe(before);
    // Pressed: the part carries the leader's words, in a new version.
    await t.say("zhou-ju", button?.command as string);
    const d = await api.service.get({ year: 2026 });
    expect(d?.versions.length).toBe((before as number) + 1);
    const problems = d?.versions.at(-1)?.parts.find((p) => p.key === "problems");
    expect(JSON.stringify(problems)).toContain("人手不足");
  });

  it("an instruction with no words to add gets no such button", async () => {
    const t = await open({ now: "2026-11-16T10:00:00+08:00" });
    await t.say("li-rd", "高企认定了12家");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2026");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const replies = await t.say("zhou-ju", "问题部分写具体点");
    expect(replies.flatMap((r) => r.card?.buttons ?? []).some((b) => b.label === "用这句改写")).toBe(false);
    expect(replies.map((r) => r.text).join("\n")).toContain("改写 问题 新的文字");
  });
});
