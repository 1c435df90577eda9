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

/**
 * Round twenty-six's console trial: 「这个月在三个乡镇搞了科技赶集 发放资料两千多份 …」 was drafted 「在3个乡镇，开展科技赶集」
 * — the count after 在 (where the work was done) was cut from its verb as if it closed a job of its own.
 */
describe("a count that says where the work was done (在/到/深入 + count + place)", () => {
  it.each([
    [
      "这个月在三个乡镇搞了科技赶集 发放资料两千多份 现场咨询的群众有五百来人 不过有的村干部不太重视 来的人少",
      "在三个乡镇搞了科技赶集",
    ],
    [
      "上周深入12个社区开展了反诈宣传 发放资料三千份 现场咨询的有两百来人 就是年轻人来得少 下个月再搞一轮",
      "深入12个社区开展了反诈宣传",
    ],
    [
      "上个月给12家小微企业办了融资对接 签约了五家 现场来了三十多个企业负责人 就是额度都不大 明年想再搞两场",
      "给12家小微企业办了融资对接",
    ],
  ])("「%s」 keeps 「%s」 whole", (said, whole) => {
    const voiced = punctuateVoiceRun(said);
    expect(voiced).toBeDefined();
    expect(voiced).toContain(whole);
    expect(
      extractUpdate(said, org, { today: "2026-12-02" })
        .items.map((i) => i.text)
        .join("|"),
    ).toContain(whole);
  });

  it("still cuts after a count that closes a job of its own (新建基地3个|搞了培训12场)", () => {
    const voiced = punctuateVoiceRun(
      "嗯那个今年我们新建示范基地3个搞了技术培训12场 然后就是经费不够 明年还要再建两个",
    );
    expect(voiced).toContain("新建示范基地3个，搞了技术培训12场");
  });
});
