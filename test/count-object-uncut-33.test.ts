import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * 「下午又帮2家企业梳理了研发辅助账」 was cut at the count (「下午又帮2家」 a plan, 「企业梳理了研发辅助账」 done) — round
 * thirty-two's leftover, sent between 05:00 and 08:00 and at any hour. A count after a verb that takes the
 * people or places helped or gone to (帮、帮助、陪、陪同、带领、去) counts the noun that follows it: no turn of kind
 * there, one clause, done. Phrasings other than the console's.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const one = (text: string, time: string) =>
  extractUpdate(text, org, { today: "2026-12-04", time }).clauses ?? [];

describe("a count of those helped or gone to is not cut from its noun (round thirty-three)", () => {
  it.each([
    "下午又帮3户果农嫁接了柑橘苗",
    "上午陪4家企业负责人参观了县科创园",
    "下午去2个村回访了去年的示范户",
    "上午带领5名特派员走访了合作社",
    "下午帮助6家企业完成了研发费用备案",
  ])("%s: one clause, done (sent 07:20, the day before's afternoon; and 21:00)", (text) => {
    expect(one(text, "07:20").map((c) => c.kind)).toEqual(["done"]);
    expect(one(text, "21:00").map((c) => c.kind)).toEqual(["done"]);
  });
});
