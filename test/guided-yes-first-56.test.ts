import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Asked 「还有别的关键数据吗？」, people answer the question they think is coming with a yes first:
 * 「有 就是专利代理机构太少了 企业跑市里去办」. The problem was written down, but the bare 「有」 was left
 * over and tacked onto the work (「…授权了8件，有」, round 56 console trial). A yes that only answers the
 * question (有、有的、是的、对) is no part of any item; a 有 that starts a sentence (有3家企业…) still is.
 */
const { open } = appPerTest();

async function toFigures(who: string, work: string) {
  const t = await open();
  await t.say(who, "填报");
  if (who === "zhao-zh") await t.say(who, "成果转化与知识产权");
  await t.sayText(who, work);
  return t;
}

describe("a bare yes before an answer", () => {
  it.each([
    "有 就是专利代理机构太少了 企业跑市里去办",
    "有的，专利代理机构太少了，企业都跑市里去办",
    "有啊 问题是专利代理机构太少了",
    "對 就是專利代理機構太少了",
  ])("「%s」: the problem is kept, the yes is nowhere", async (answer) => {
    const t = await toFigures("zhao-zh", "今年帮企业申请了发明专利12件 授权了8件");
    const q3 = await t.sayText("zhao-zh", answer);
    expect(q3).toMatch(/已记下[^\n]*(?:专利代理|專利代理)/);
    await t.sayText("zhao-zh", "无");
    const card = await t.sayText("zhao-zh", "无");
    expect(card).toContain("请确认");
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(u!.originalText).not.toMatch(/[，,\s](?:有|有的|有啊|對|对)\s*(?:[。，,]|$)/);
    expect(u!.items.map((i) => i.text).join("；")).not.toMatch(
      /(?:^|[，；\s])(?:有|有的|有啊|對)(?:$|[，；。])/,
    );
    expect(u!.problems.join("；")).toMatch(/专利代理|專利代理/);
  });

  it("a 有 that starts a sentence of work stays", async () => {
    const t = await toFigures("li-rd", "走访企业");
    await t.sayText("li-rd", "有3家企业签了合作协议");
    await t.sayText("li-rd", "无");
    await t.sayText("li-rd", "无");
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u!.figures.map((f) => f.raw)).toContain("3家");
  });
});
