import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figures = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-01" }).figures.map((f) => `${f.value}${f.unit}`);

describe("a lone 一 in a voice run", () => {
  it("counts only when the verb that sets it up stands close before it", () => {
    // No comma in a dictated run: 新建 far back in the run does not make 再招一批 a count.
    expect(
      figures("然后就是那个文化站这块新建了农家书屋6个然后有几个村的管理员还是不够下个月再招一批"),
    ).toEqual(["6个"]);
    expect(figures("今年星创天地新建一个")).toEqual(["1个"]);
  });
});
