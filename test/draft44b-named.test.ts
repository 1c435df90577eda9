import { describe, expect, it } from "vitest";
import type { Update } from "../src/domain/update.js";
import { topHeadlines } from "../src/drafting/choose-headlines.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import type { Material } from "../src/drafting/gather-material.js";

/**
 * draft44b: the offline draft names what a figure counts the way the confirmation card does (card44) — a topic said
 * before a bare verb joins the verb (选派科技特派员12个), people said before their verb follow it (培训农民300余人), and
 * the opening quotes no count without its thing. Each message is written for this test; each rule has messages where it
 * must not fire.
 */
const day = "2026-12-05";
const written = (s: string) => cleanChat(s, day);

// [message, what the cleaned text must hold, what it must not hold]
const NAMED: Array<[string, string[], string[]]> = [
  // 1. a topic before a bare verb
  [
    "科技特派员这块，今年选派了十二个，服务合作社三十来家，农民培训了三百来人",
    ["选派科技特派员12", "培训农民300余人"],
    ["选派了12"],
  ],
  ["技术合同这边，登记了十八份", ["登记技术合同18份"], []],
  ["创新券这一块，发放了二十五张", ["发放创新券25张"], []],
  ["高企这块，今年帮企业申报了九家", ["帮助9家企业申报高新技术企业"], []],
  ["省级项目这块，最后立项了四个", ["省级项目立项4"], ["最后立项"]],
  ["專利這塊，登記了六件", ["登记专利6件"], []],
  ["示范基地方面，新认定了三个", ["新认定示范基地3个"], ["方面"]],
  ["科普e站这边，新建了四个", ["新建科普e站4个"], ["这边"]],
  ["农家书屋那块，验收了十五个。", ["验收农家书屋15个"], []],
  ["科技特派员这块儿，俺们今年选派了八个，下乡指导了二十来趟", ["选派科技特派员8"], []],
  ["研发补助这块：兑现了十一家", ["兑现研发补助11家"], []],
  // 2. people before their verb, no 我局
  ["农技员培训了八十多个", ["培训农技员80多个"], ["农技员培训"]],
  ["入党积极分子培养了三个", ["培养入党积极分子3个"], []],
  ["科技特派员选派了十五个", ["选派科技特派员15个"], []],
  ["科普志愿者培训了一百二十来人", ["培训科普志愿者120余人"], []],
  ["茶农培训了两百多人，合作社走访了十来家", ["培训茶农200多人"], []],
  ["乡土人才表彰了六名", ["表彰乡土人才6名"], []],
  // must not fire
  ["安全生产这块，检查了九家企业", ["检查9家企业"], ["检查安全生产"]],
  ["党建方面，开展了四次主题党日", ["开展4次主题党日"], ["开展党建"]],
  ["食用菌基地那边，指导了五十户", [], ["指导食用菌基地"]],
  ["我们这边，下乡了十二趟", [], ["下乡我们"]],
  ["农民培训班办了三期", ["农民培训班"], ["培训农民班"]],
  ["企业培训了两百人", ["企业"], ["培训企业"]],
  ["新品种引进了五个", ["新品种"], ["引进新品种"]],
  ["专家我们请了三位", ["专家"], ["请专家"]],
  ["技术合同这块，登记了十八份，成交额两千来万", ["登记技术合同18份"], ["成交额技术合同"]],
];

describe("the draft names what was counted, as the card does", () => {
  it.each(NAMED)("%s", (said, holds, never) => {
    const got = written(said);
    for (const h of holds) expect(got).toContain(h);
    for (const n of never) expect(got).not.toContain(n);
  });
});

describe("the opening quotes no figure without its thing", () => {
  const material = (texts: string[]): Material => {
    const all = texts.map(
      (normalizedText, i) =>
        ({
          id: `u${i}`,
          section: `s${i}`,
          date: "2026-11-30",
          normalizedText,
          figures: [],
          items: [],
          problems: [],
          plans: [],
        }) as unknown as Update,
    );
    return { all, sections: [], period: { year: 2026 } } as unknown as Material;
  };
  const quoted = (texts: string[]) => topHeadlines(material(texts), 3).map((h) => h.clause);

  it.each([
    [
      ["这边今年选派了十二个，服务合作社三十来家"],
      /(?:^|，)(?:这边|那边|全年|今年|我局)*(?:选派|登记|新建)了?\d/u,
    ],
    [["今年登记了十八份，成交额两千来万"], /(?:^|，)(?:这边|那边|全年|今年|我局)*(?:选派|登记|新建)了?\d/u],
    [["新建了四个，都挂了牌"], /(?:^|，)(?:这边|那边|全年|今年|我局)*(?:选派|登记|新建)了?\d/u],
    [
      ["我们这边今年新建了六个，总投资八百来万"],
      /(?:^|，)(?:这边|那边|全年|今年|我局)*(?:选派|登记|新建)了?\d/u,
    ],
  ])("%j: no bare verb and count quoted", (texts, bare) => {
    for (const c of quoted(texts)) expect(c).not.toMatch(bare);
  });

  it.each([
    [["技术合同这块，今年登记了一百二十份"], "登记技术合同120份"],
    [["科普志愿者這塊，今年培訓了三百來人"], "培训科普志愿者300余人"],
    [["全年培训农民300人"], "全年培训农民300人"],
    [["新认定高新技术企业5家"], "新认定高新技术企业5家"],
  ])("%j: 「%s」 is still quoted", (texts, clause) => {
    expect(quoted(texts).join("；")).toContain(clause);
  });
});
