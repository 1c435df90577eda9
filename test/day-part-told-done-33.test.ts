import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * A part of today not yet begun at the send time reads as ahead (「下午去乡里开会」 sent at 09:00 is a plan), unless the
 * same sentence goes on to tell how it went: 「上午去城关镇科普讲座 来了80来人」 sent at 06:00 (a lead's console trial,
 * round thirty-three) is that morning's work told early the next day, not a plan.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string, time: string) =>
  (extractUpdate(text, org, { today: "2026-12-05", time }).clauses ?? []).map((c) => c.kind);

describe("a part of the day told with how it went", () => {
  it("is work done, though sent before that part began", () => {
    expect(kinds("上午去城关镇科普讲座 来了80来人 发资料300份", "06:10")).toEqual(["done"]);
    expect(kinds("下午到柳河乡搞了场培训 到场60多人", "07:20")).toEqual(["done"]);
    expect(kinds("晚上去社区放科普电影 看的人坐满了", "10:05")).toEqual(["done"]);
    expect(kinds("上午陪专家去3家企业 看了生产线", "06:40")).toEqual(["done"]);
  });

  it("stays a plan when nothing of it is told as done, or what follows is an intention", () => {
    expect(kinds("下午去柳河乡开会", "09:00")).toEqual(["plan"]);
    expect(kinds("下午去柳河乡调研 要走3个村", "09:00")).toEqual(["plan"]);
    // 了解、了结 hold a 了 that tells nothing done.
    expect(kinds("下午去3家企业走访了解情况", "09:00")).toEqual(["plan"]);
    expect(kinds("晚上到村里把那起纠纷了结掉", "10:00")).toEqual(["plan"]);
    expect(kinds("下午要去乡里 把报表交了", "09:00")[0]).toBe("plan");
    expect(kinds("晚上去社区放科普电影 准备了两部片子", "10:05")[0]).toBe("plan");
  });
});
