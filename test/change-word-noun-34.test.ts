import { describe, expect, it } from "vitest";
import { pieceKind } from "../src/domain/clause-kind.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * 「下月到5个乡镇开展流动科普大篷车巡展」 was cut in two and its second half filed as a problem — the offline draft
 * listed 「乡镇开展流动科普大篷车巡展」 under 存在的问题: 流动…大 (人员流动大) read the 大 of 大篷车 as the shortfall. 大 that
 * opens a noun (大篷车、大课堂、大讲堂、大集) says nothing is wrong; 流动大、波动较大、流失快 still do. Phrasings other than the
 * console's.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string) =>
  (extractUpdate(text, org, { today: "2026-12-04", time: "16:40" }).clauses ?? []).map((c) => c.kind);

describe("大 opening a noun after 流动 is no shortfall (round thirty-four)", () => {
  it.each([
    "下个月到3个村开展流动科普大篷车进村",
    "明年到4所学校办流动大课堂",
    "下周去2个乡镇组织流动科技大讲堂",
  ])("%s: one plan clause", (text) => {
    expect(kinds(text)).toEqual(["plan"]);
  });

  it.each(["基层技术人员流动大", "农技队伍人员流失快", "价格波动较大"])("%s: still a problem", (text) => {
    expect(pieceKind(text)).toBe("problem");
  });
});
