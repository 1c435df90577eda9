import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Console trial (round 29): 陈静 typed 「咱们这个月科普这块干了三件事儿：一个是科普进社区 讲了6场，第二个是青少年科技创新
 * 大赛县级初赛 收了作品47件；第三就是科普基地复核 俩基地都过了」 — the card's first item began with the intro and ran two
 * jobs together, the third kept 「第三就是」. A list said aloud (一个是、第二个是、第三就是、再一个是、最后一个是) is a list,
 * and the line that announces it (干了三件事儿：、主要做了三项工作：、重点抓了四个方面工作：) is its heading, not work and
 * not a figure.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const read = (t: string) => extractUpdate(t, org, { today: "2026-12-04" });
const items = (t: string) => read(t).items.map((i) => i.text);
const raws = (t: string) => read(t).figures.map((f) => f.raw);

describe("a list said aloud", () => {
  it("一个是 / 第二个是 / 第三就是 mark items; the intro is a heading", () => {
    const t =
      "咱们这个月科普这块干了三件事儿：一个是科普进社区 讲了6场，第二个是青少年科技创新大赛县级初赛 收了作品47件；第三就是科普基地复核 俩基地都过了";
    expect(items(t)).toEqual([
      "科普进社区 讲了6场",
      "青少年科技创新大赛县级初赛 收了作品47件",
      "科普基地复核 俩基地都过了",
    ]);
  });

  it("再一个是 / 最后一个是, with spaces for commas", () => {
    expect(items("这周干了两件事 一个是走访企业5家 再一个是开了个座谈会 来了20人")).toEqual([
      "走访企业5家",
      "开了个座谈会 来了20人",
    ]);
    expect(
      items("上周主要弄了三个事，头一个是帮企业填统计报表，第二个呢是下乡，最后一个是写了个调研报告"),
    ).toEqual(["帮企业填统计报表", "下乡", "写了个调研报告"]);
  });

  it("the count in a heading that announces the list is not a figure", () => {
    const t = "本月主要做了三项工作：一是科普进社区讲了6场；二是大赛初赛收作品47件；三是科普基地复核通过2个";
    expect(items(t)).toEqual(["科普进社区讲了6场", "大赛初赛收作品47件", "科普基地复核通过2个"]);
    expect(raws(t)).toEqual(["6场", "47件", "2个"]);
    expect(raws("今年重点抓了四个方面工作：一是走访企业12家")).toEqual(["12家"]);
    expect(items("全年完成三项重点工作：项目验收12个")).toEqual(["项目验收12个"]);
  });

  it("a count of people that are something (十个是老人) is not a list marker", () => {
    expect(raws("来了二十个，十个是老人")).toContain("十个");
  });

  it("「困难有两个，一个是…」: how many problems follow is their heading, not a problem of its own", () => {
    expect(read("困难有两个，一个是经费不足，另一个是人手少").problems).toEqual(["经费不足", "人手少"]);
    expect(read("问题主要有三个：一是经费不足；二是人手少；三是场地小").problems).toEqual([
      "经费不足",
      "人手少",
      "场地小",
    ]);
    expect(raws("问题主要有三个：一是经费不足；二是人手少；三是场地小")).toEqual([]);
    // Problems found and counted are figures.
    expect(raws("发现问题有5个，已整改3个")).toEqual(["5个", "3个"]);
  });
});
