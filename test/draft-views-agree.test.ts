import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { NO_PROBLEMS } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";
import { readZipText } from "./fixtures/drafting/read-zip.js";
import { renderForConsole } from "../src/transports/console/render-text.js";

/**
 * What a leader reads is one document, whichever way it is looked at (second new-user trial, O2
 * and the closing note): the full text, one part, the 定稿 exports (Markdown and Word) say the same
 * about an empty part and render the problems the same way; after 定稿 every part says 已定稿; the
 * offline draft through the real engine has no 再/在 typo, no changed attendance, no small event
 * in the opening, no plan without its object; a figure corrected in words is stored as typed and
 * written as 公文 in the draft.
 */
const { open } = appPerTest();
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function report(t: TestApp, who: string, text: string) {
  const card = all(await t.say(who, text));
  expect(card, text).toContain("请确认填报内容");
  expect(all(await t.say(who, "确认")), text).toContain("已确认");
}

/** A December year-end: three staff report work and plans, nobody reports a problem. */
async function yearWithoutProblems(): Promise<TestApp> {
  const t = await open({ now: "2026-12-01T10:00:00+08:00" });
  await report(t, "chen-kp", "今天上午再实验小学搞了场科普进校园，来了三百二十个学生，发了资料五百份😊");
  await report(t, "sun-tp", "今年全县选派科技特派员四十二名，服务十二个镇。明年新选派10名，修订考核办法");
  await report(t, "li-rd", "全年帮助企业争取省级科技项目资金一百二十五万元，新认定高新技术企业五家");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
  return t;
}

describe("an empty part says the same in every view", () => {
  it("the draft and the part view show the placeholder; the 定稿 exports leave the part out and renumber", async () => {
    const t = await yearWithoutProblems();
    const full = all(await t.say("zhou-ju", "查看草稿 2026"));
    expect(full).toContain(`二、存在的问题`);
    expect(full).toContain(NO_PROBLEMS);
    expect(all(await t.say("zhou-ju", "问题那块给我看下"))).toContain(NO_PROBLEMS);

    // Before 定稿 the export still shows what is missing.
    const [draftMd] = await t.say("zhou-ju", "导出 md 2026");
    const before = readFileSync(draftMd!.file!.path, "utf8");
    expect(before).toContain("## 二、存在的问题");
    expect(before).toContain(NO_PROBLEMS);

    expect(all(await t.say("zhou-ju", "仍要定稿 2026"))).toContain("已定稿");
    const [md] = await t.say("zhou-ju", "导出 md 2026");
    const text = readFileSync(md!.file!.path, "utf8");
    expect(text).not.toContain("存在的问题");
    expect(text).not.toContain("请补充");
    expect(text).toContain("## 二、2027年工作计划");
    // No heading stands over nothing.
    expect(text).not.toMatch(/^## [^\n]+\n+## /mu);
    expect(text).not.toMatch(/^### [^\n]+\n+##+ /mu);

    const [docx] = await t.say("zhou-ju", "导出 docx 2026");
    const xml = readZipText(readFileSync(docx!.file!.path), "word/document.xml");
    expect(xml).not.toContain("存在的问题");
    expect(xml).toContain("二、2027年工作计划");
  });

  it("after 定稿 the full text labels every part 已定稿, as its header does", async () => {
    const t = await yearWithoutProblems();
    expect(all(await t.say("zhou-ju", "查看草稿 2026"))).toContain("状态：草稿");
    await t.say("zhou-ju", "仍要定稿 2026");
    const full = all(await t.say("zhou-ju", "草搞给我看下"));
    expect(full).toContain("【已定稿】");
    expect(full).toContain("状态：已定稿");
    expect(full).not.toContain("状态：草稿");
  });
});

describe("the offline draft through the engine reads as 公文 and says what happened", () => {
  it("fixes 再 before a place, keeps who came, weighs the opening, gives the plan its object", async () => {
    const t = await yearWithoutProblems();
    const full = all(await t.say("zhou-ju", "查看草稿 2026"));
    expect(full).toContain("在实验小学");
    expect(full).not.toMatch(/再实验小学|接待320/u);
    // People are counted in 名 in writing (trial34: 320个学生 → 320名学生).
    expect(full).toContain("320名学生参加");
    expect(full).toContain("新选派科技特派员10名");
    const opening = (await api(t).service.current())?.versions.at(-1)?.parts[0]?.paragraphs[0] ?? "";
    expect(opening).toContain("125万元");
    expect(opening).not.toContain("320");
  });
});

describe("the problems in the part view", () => {
  it("are the full text's 「一是…；二是…」, not a numbered list", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await report(t, "chen-kp", "全年组织科普讲座十二场。问题是乡镇活动场地偏小；基层科普队伍人手不足");
    await t.say("zhou-ju", "生成总结 2026");
    await api(t).whenIdle();
    const part = all(await t.say("zhou-ju", "问题那块给我看下"));
    const full = all(await t.say("zhou-ju", "查看草稿 2026"));
    const line = /一是[^\n〔]*；二是[^\n〔]*/u.exec(part)?.[0];
    expect(line).toBeDefined();
    expect(full).toContain(line);
    expect(part).not.toMatch(/^1\./mu);
  });
});

describe("a figure corrected in words", () => {
  it("is stored as the user typed it, and the draft writes it as 公文 (1.5万份)", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await report(t, "chen-kp", "科技活动周广场宣传，发放科普资料1.2万份，群众参与1500人次");
    const preview = all(await t.say("chen-kp", "科技活动周那条改一下，发放资料是一万五千份"));
    expect(preview).toContain("一万五千份");
    expect(preview).not.toContain("15000份");
    expect(all(await t.say("chen-kp", "确认"))).toContain("已保存修改");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.normalizedText).toContain("一万五千份");
    expect(u?.normalizedText).not.toMatch(/15000|1\.2万份/u);
    await t.say("zhou-ju", "生成总结 2026");
    await api(t).whenIdle();
    const full = all(await t.say("zhou-ju", "查看草稿 2026"));
    expect(full).toContain("1.5万份");
    expect(full).not.toMatch(/一万五千份|15000份/u);
  });
});

describe("a part shown after 重写 or 改写", () => {
  it("is printed once, with the answer's lead kept on the card", async () => {
    const t = await yearWithoutProblems();
    for (const said of ["重写 （三） 再精炼些", "把科普那部分再精炼一下"]) {
      const replies = await t.say("zhou-ju", said);
      const shown = replies.map(renderForConsole).join("\n");
      const body = /320名学生参加/u.exec(shown)?.[0];
      expect(body, said).toBeDefined();
      expect(shown.split(body as string).length - 1, said).toBe(1);
      expect(shown, said).toMatch(/离线|没有生成新版本|不能按意见/u);
    }
  });
});
