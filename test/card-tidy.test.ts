import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import { isTopicTag, tidyForCard } from "../src/conversation/tidy-card-text.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * The confirmation card shows what was understood without the chat around it: no emoji, no
 * filler at a clause's head, no item that is only a topic tag. The stored text keeps every word.
 */
let t: TestApp | undefined;
const apps = appPerTest();

describe("card text", () => {
  it("drops emoji, head fillers and topic tags, never a figure", () => {
    expect(tidyForCard("上午进村了🚜")).toBe("上午进村了");
    expect(tidyForCard("嗯 然后呢走访了八户")).toBe("走访了八户");
    expect(tidyForCard("呢发放了资料两百份")).toBe("发放了资料两百份");
    expect(tidyForCard("科普这块 发放了资料两百份")).toBe("发放了资料两百份");
    expect(tidyForCard("[捂脸]")).toBe("[捂脸]");
    expect(isTopicTag("党建那边")).toBe(true);
    expect(isTopicTag("把这块地整平")).toBe(false);
  });

  it("shows a chatty report cleanly and stores it as typed", async () => {
    t = await apps.open({ now: "2026-11-20T10:00:00+08:00" });
    const typed = "上午下村了🚜 给河口村果农讲了冬季修剪👍 来了六十多人 效果挺好的😄";
    const [card] = await t.say("孙磊", typed);
    const shown = card?.card?.blocks.join("\n") ?? "";
    expect(shown).toContain("工作事项");
    expect(shown).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(shown).toContain("六十多人");
    await t.say("孙磊", "确认");
    const [stored] = await t.app.services.store.listUpdates({ author: "sun-tp" });
    expect(stored?.originalText).toBe(typed);
  });

  it("a two-section message shows no item that is only the section's tag", async () => {
    t = await apps.open({ now: "2026-11-20T10:00:00+08:00" });
    const replies = await t.say("赵丽", "成果转化那边，这个月登记技术合同六项；人才这块，引进博士1名");
    const shown = replies.flatMap((r) => r.card?.blocks ?? []).join("\n");
    expect(shown).toContain("登记技术合同六项");
    expect(shown).not.toMatch(/\d\. (?:成果转化那边|人才这块)$/mu);
  });
});
