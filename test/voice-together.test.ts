import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { punctuateVoiceRun } from "../src/domain/voice-run-on.js";

/**
 * Tried in the console with a dictated message: 「嗯那个就是这个礼拜呢我们跟市场监管局一起开展了食品安全联合检查 查了学校
 * 食堂15家 …」 put 「这个礼拜呢我们跟市场监管局一起」 under problems — 一起 was read as a count (one 起) cutting
 * the clause before 开展了, and the 就是 left once the fillers were out as the 就是 that turns to a problem.
 * Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});

describe("a dictated message with 一起/一块 and a leading 就是", () => {
  it("keeps 一起 with its verb and files nothing of the work as a problem", () => {
    const u = extractUpdate(
      "嗯那个就是这个礼拜呢我们跟市场监管局一起开展了食品安全联合检查 查了学校食堂15家 然后下周再去复查一遍",
      org,
      { today: "2026-12-02" },
    );
    expect(u.problems).toEqual([]);
    expect(u.items.map((i) => i.text).join("，")).toMatch(/一起开展了食品安全联合检查/u);
    expect(u.plans.join("，")).toMatch(/下周再去复查/u);
  });

  it("does not cut after 一块 before a verb either, but still after a real count of 起", () => {
    const together =
      punctuateVoiceRun(
        "然后我们跟农业站的同志一块走访了种粮大户还有家庭农场 另外就是查处违法案件十一起开展了回头看",
      ) ?? "";
    expect(together).toMatch(/一块走访了/u);
    const counted =
      punctuateVoiceRun(
        "今年我们这边一共查处了各类违法案件十一起开展了两轮回头看检查然后下个月还要再查一次",
      ) ?? "";
    expect(counted).toMatch(/十一起，开展了/u);
  });

  it("drops a 就是 left at the start as a filler, but a problem after it stays a problem", () => {
    const u = extractUpdate("嗯就是人手太少了忙不过来然后下个月准备再招两个人 还有就是经费也紧张", org, {
      today: "2026-12-02",
    });
    expect(u.problems.join("，")).toMatch(/人手太少/u);
    expect(u.plans.join("，")).toMatch(/招两个人/u);
  });
});
