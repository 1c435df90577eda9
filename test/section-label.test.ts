import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { sectionOfLabel } from "../src/domain/section-label.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A section's label with a colon heading a report (「高企：…」「综合：…」「人才这块：…」) says where the
 * report goes, not what was done: it is in no item, no clause and not on the card. Before, only a
 * label inside the section's full name was known to the offline drafter, and the card showed
 * 「1. 高企：新认定…」 (round 28's note, kind29).
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const items = (text: string) => extractUpdate(text, org, { today: "2026-12-04" }).items.map((i) => i.text);

describe("a section label heading a report", () => {
  it("names a section by its alias, its name or a part of its name only it holds", () => {
    expect(sectionOfLabel("高企", org)).toBe("hitech");
    expect(sectionOfLabel("综合", org)).toBe("office");
    expect(sectionOfLabel("人才这块", org)).toBe("talent");
    expect(sectionOfLabel("知识产权方面", org)).toBe("transfer");
    expect(sectionOfLabel("乡村振兴", org)).toBe("envoy");
    // 科技 is in several names; 科技活动周 names the work.
    expect(sectionOfLabel("科技", org)).toBeUndefined();
    expect(sectionOfLabel("科技活动周", org)).toBeUndefined();
  });

  it("is kept out of the items, in other words and with a line per section", () => {
    expect(items("高企：新认定高新技术企业6家，入库科技型中小企业12家")).toEqual([
      "新认定高新技术企业6家，入库科技型中小企业12家",
    ]);
    expect(items("综合：安全生产检查查了11家")).toEqual(["安全生产检查查了11家"]);
    expect(items("人才这块：今年引进高层次人才15名")).toEqual(["今年引进高层次人才15名"]);
    expect(items("特派员:下乡服务农户32户")).toEqual(["下乡服务农户32户"]);
    expect(items("高企：新认定6家\n项目：帮企业争取省级项目4项")).toEqual([
      "新认定6家",
      "帮企业争取省级项目4项",
    ]);
  });

  it("a label naming the work stays with it", () => {
    expect(items("科技活动周：组织广场宣传，发放资料3000份").join("")).toContain("科技活动周");
  });

  const { open } = appPerTest();
  it("the card shows the work without the label", async () => {
    const t = await open({ now: "2026-12-04T10:00:00+08:00" });
    const card = await t.sayText("wang-ban", "综合：安全生产检查查了11家，有一家仓库消防通道堆满货");
    expect(card).toContain("1. 安全生产检查查了11家");
    expect(card).not.toContain("综合：");
    expect(await t.sayText("he-gq", "高企：新认定高新技术企业6家")).not.toContain("高企：");
  });
});
