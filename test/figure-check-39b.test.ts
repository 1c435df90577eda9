import { describe, expect, it } from "vitest";
import { DraftVersionSchema } from "../src/drafting/draft-model.js";
import { applySteps, readInstruction } from "../src/drafting/offline-instruction.js";

/**
 * Trial39b, on the console: 「把高企那段的数字核一下」 got 「离线草稿…只能做去掉某个说法、…这几种修改」 — true, and no help to a
 * leader who wants to check the figures. Asking to check a passage's figures (数字核一下、数据再核对一遍、数字对不对)
 * is answered with each figure of the passage and the report it came from; nothing is changed or claimed.
 */
const v = DraftVersionSchema.parse({
  version: 1,
  createdAt: "2026-12-05T00:00:00Z",
  createdBy: "lin-fen",
  note: "生成",
  title: "示例县文化旅游局2026年工作总结",
  offline: true,
  parts: [
    {
      key: "section:culture",
      kind: "section",
      sectionId: "culture",
      sectionName: "公共文化服务",
      heading: "强服务，惠民生",
      origin: "offline",
      items: [
        { title: "", text: "送戏下乡演出46场，观众1.2万人次。", sourceIds: ["u7"] },
        { title: "", text: "新建城市书房3个。", sourceIds: ["u9"] },
        { title: "", text: "图书馆延时开放工作有序推进。", sourceIds: ["u4"] },
      ],
    },
  ],
});
const label = (id: string) => `#${id.slice(1)}`;

describe("asking to check the figures of a passage", () => {
  it.each([
    "数字核一下",
    "数据再核对一遍",
    "这部分数字对不对",
    "核实一下里面的数据",
  ])("「%s」 lists each figure with its report and changes nothing", (said) => {
    const out = applySteps(v, v.parts, readInstruction(said, v, v.parts[0]), label);
    expect(out.done).toEqual([]);
    expect(out.parts).toEqual(v.parts);
    const told = out.notDone.join("");
    expect(told).toContain("46场");
    expect(told).toContain("1.2万人次");
    expect(told).toContain("#7");
    expect(told).toContain("3个");
    expect(told).toContain("#9");
    expect(told).not.toContain("#4");
    expect(told).not.toContain("只能做");
  });
});
