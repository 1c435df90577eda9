import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round eight's voice classes (docs/extraction.md, 第八轮), on wording written for this test: the
 * speaker says what they are about to say (我把…说一下) or who they are at length, a new job starts
 * right after a count (…四十二名覆盖了…、…三个面积是…、…二十场邻里活动新增了…), 就是 turns to a
 * problem, 问题主要是, an intention after 着, a second job of a plan (再新建…), and figure labels that
 * are whole phrases. Third new-user trial's c02 is kept as a regression check.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-12-01" });
const label = (f: { context?: string; raw: string; counted?: string }) =>
  `${f.context ?? ""} ${f.raw}${f.counted ?? ""}`;

describe("a dictated run-on, turned where the speaker turns", () => {
  it("trial three's c02: achievements stay work done, the opener is no item, labels are whole phrases", () => {
    const ex = read(
      "嗯那个我把今年的情况说一下啊就是今年我们科特派这块一共选派了科技特派员四十二名覆盖了全县十八个乡镇一百二十六个村然后建了中药材示范基地三个面积是两千三百亩带动农户八百六十户增收吧然后问题主要是有些特派员下去的次数不够考核机制还不太完善明年打算搞个特派员绩效考核办法再新建两个示范基地",
    );
    expect(ex.items.join("|")).not.toMatch(/说一下/);
    expect(ex.items.map((i) => i.text).join("|")).not.toMatch(/说一下/);
    expect(ex.problems).toEqual(["有些特派员下去的次数不够考核机制还不太完善"]);
    expect(ex.plans).toHaveLength(1);
    expect(ex.figures.filter((f) => f.kind === "problem")).toEqual([]);
    expect(ex.figures.map(label)).toEqual([
      "选派了科技特派员 四十二名",
      "覆盖了全县 十八个乡镇",
      "覆盖了全县 一百二十六个村",
      "建了中药材示范基地 三个",
      "面积是 两千三百亩",
      "带动农户 八百六十户",
      "再新建 两个示范基地",
    ]);
    expect(ex.figures.at(-1)?.kind).toBe("target");
  });

  it("the same shape in other words: a new verb, a measure or a time right after a count starts a new piece", () => {
    const ex = read(
      "呃我先把这个月的捋一下就是我们站这个月一共下村服务了二十三个村走访农户四百一十户然后建了育秧大棚两个总面积是六千平方米另外每个大棚安排了技术员跟班问题主要是育秧盘到货慢下周打算到市里再催一下",
    );
    const items = ex.items.map((i) => i.text).join("|");
    expect(items).not.toMatch(/捋一下/);
    expect(ex.problems).toEqual(["育秧盘到货慢"]);
    expect(ex.plans).toEqual(["下周打算到市里再催一下"]);
    expect(ex.figures.map((f) => f.kind)).toEqual(["achieved", "achieved", "achieved", "achieved"]);
    expect(ex.figures.map(label)).toEqual([
      "下村服务了 二十三个村",
      "走访农户 四百一十户",
      "建了育秧大棚 两个",
      "总面积是 六千平方米",
    ]);
  });

  it("a long self-introduction is no work; 就是 before a problem turns the talk", () => {
    const ex = read(
      "各位领导好我是西关街道城建办的老周今年街道改造背街小巷十一条新装路灯二百六十盏每天晚上有人巡查就是资金缺口还比较大明年准备申请专项资金",
    );
    expect(ex.items.map((i) => i.text).join("|")).not.toMatch(/我是|老周/);
    expect(ex.items.map((i) => i.text).join("|")).toContain("改造背街小巷十一条");
    expect(ex.problems).toEqual(["资金缺口还比较大"]);
    expect(ex.plans).toEqual(["明年准备申请专项资金"]);
    expect(ex.figures.map((f) => `${f.raw}:${f.kind}`)).toEqual(["十一条:achieved", "二百六十盏:achieved"]);
  });

  it("an intention said right after 着 is a plan of its own", () => {
    const ex = read(
      "今年农村厕所改造完工了三百四十户还有二十来户因为农户外出打工一直拖着争取过年前全部改完另外公厕新建了六座",
    );
    expect(ex.problems).toEqual(["还有二十来户因为农户外出打工一直拖着"]);
    expect(ex.plans).toEqual(["争取过年前全部改完"]);
    expect(ex.figures.map((f) => `${f.raw}:${f.kind}`)).toEqual([
      "三百四十户:achieved",
      "二十来户:problem",
      "六座:achieved",
    ]);
  });

  it("seized and filed cases said in one breath are work done, not a problem", () => {
    const ex = read(
      "这个月我们所抽检农产品一百八十批次不合格的四批次都已经立案了然后查办虚假宣传案件三起困难是快检设备老出故障明年打算申请换一批",
    );
    expect(ex.problems).toEqual(["快检设备老出故障"]);
    expect(ex.figures.map((f) => `${f.raw}:${f.kind}`)).toEqual([
      "一百八十批次:achieved",
      "四批次:achieved",
      "三起:achieved",
    ]);
  });

  it("a list said aloud (一个是…第二个是…) is cut at each item; 问题呢主要是 turns to the problem", () => {
    const ex = read(
      "我们站今年主要干了两件事一个是农机手培训办了九期培训了四百一十人第二个是秸秆还田推广了两万三千亩问题呢主要是农机手年龄偏大明年打算跟职校合作招一批年轻的",
    );
    expect(ex.items.map((i) => i.text)).toEqual([
      expect.stringContaining("农机手培训办了九期"),
      expect.stringContaining("秸秆还田推广了两万三千亩"),
    ]);
    expect(ex.items.map((i) => i.text).join("|")).not.toMatch(/个是/);
    expect(ex.problems).toEqual(["农机手年龄偏大"]);
    expect(ex.plans).toEqual(["明年打算跟职校合作招一批年轻的"]);
    expect(ex.figures.filter((f) => f.kind === "problem")).toEqual([]);
    // The list's head (两件事) counts nothing.
    expect(ex.figures.map((f) => f.raw)).toEqual(["九期", "四百一十人", "两万三千亩"]);
    // What a figure counts stops where the list turns: 三千本, not 「三千本第二个」.
    const cut = read(
      "今年主要是两个事情一个是法治宣传进村发宣传册三千本第二个是调解纠纷八十六件都调解成功了",
    );
    expect(cut.figures.map((f) => `${f.context} ${f.raw}${f.counted ?? ""}`)).toEqual([
      "法治宣传进村发宣传册 三千本",
      "调解纠纷 八十六件",
    ]);
  });

  it("a shorter dictation that turns at 然后 is cut there too; with no turn word it is left whole", () => {
    const turned = read("今年帮三家企业申报了工程中心然后项目那边争取省级资金两百万元");
    expect(turned.figures.at(-1)?.context).toBe("争取省级资金");
    expect(read("上午开会传达了县里的文件下午把材料报上去了").clauses?.length).toBe(1);
  });

  it("a typed message is not touched by any of this", () => {
    const ex = read("今年选派科技特派员42名，覆盖18个乡镇，问题是考核机制不完善。");
    expect(ex.problems).toEqual(["考核机制不完善"]);
    expect(ex.figures.map((f) => f.kind)).toEqual(["achieved", "achieved"]);
  });
});
