import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A problem head (有个问题就是、问题是、困难是、难点是、就是有个问题…) turns its clause to a problem, is kept
 * in no item, and leaves the work before it work done — typed or dictated (src/domain/problem-head.ts).
 * Found in console trials: 孙磊's card ended its work item 「，呢有个」.
 */
const read = (text: string) =>
  (run(text, "2026-12-03").clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);

describe("a problem head after work done", () => {
  it("孙磊's dictation: the work stays whole, the head is in no item", () => {
    expect(
      read(
        "今天下乡了 帮农户解决技术问题有60多个 然后呢有个问题就是特派员的补助到现在还没发下来 下个月打算再去两个村",
      ),
    ).toEqual([
      ["done", "今天下乡了，帮农户解决技术问题有60多个"],
      ["problem", "特派员的补助到现在还没发下来"],
      ["plan", "下个月打算再去两个村"],
    ]);
  });

  it("typed with a comma, the work before 问题是 is not pulled into the problem", () => {
    expect(read("帮农户解决技术问题有60多个，问题是补助还没发")).toEqual([
      ["done", "帮农户解决技术问题有60多个"],
      ["problem", "补助还没发"],
    ]);
    expect(read("这礼拜帮农户解决技术问题30来个，问题就是补贴一直没到位")).toEqual([
      ["done", "这礼拜帮农户解决技术问题30来个"],
      ["problem", "补贴一直没到位"],
    ]);
  });

  it("other heads in other words: 有个难处就是、还有一个困难是、难点是、就是有个问题，", () => {
    expect(read("帮村里理了3条产业路子，有个难处就是懂电商的年轻人太少")).toEqual([
      ["done", "帮村里理了3条产业路子"],
      ["problem", "懂电商的年轻人太少"],
    ]);
    expect(read("培训了两期电工班，还有一个困难是场地是借的")).toEqual([
      ["done", "培训了两期电工班"],
      ["problem", "场地是借的"],
    ]);
    expect(read("走访企业9家，难点是企业不愿意把研发数据拿出来")).toEqual([
      ["done", "走访企业9家"],
      ["problem", "企业不愿意把研发数据拿出来"],
    ]);
    expect(read("这周走访了12家企业，就是有个问题，企业申报积极性不高")).toEqual([
      ["done", "这周走访了12家企业"],
      ["problem", "企业申报积极性不高"],
    ]);
  });

  it("dictated with no punctuation: the cut falls before 然后呢有个/有个, not inside the head", () => {
    expect(
      read("这个月入户核查低保户47户 然后呢有个问题就是有些户主常年在外联系不上 月底前再补一轮"),
    ).toEqual([
      ["done", "这个月入户核查低保户47户"],
      ["problem", "有些户主常年在外联系不上"],
      ["plan", "月底前再补一轮"],
    ]);
    expect(read("上门服务了20户然后呢有个问题就是车辆不够用下个礼拜再去几个村看看")).toEqual([
      ["done", "上门服务了20户"],
      ["problem", "车辆不够用"],
      ["plan", "下个礼拜再去几个村看看"],
    ]);
    expect(read("这个礼拜下乡服务了二十多户农户有个困难就是车子不够用老是借别人的")[0]).toEqual([
      "done",
      "这个礼拜下乡服务了二十多户农户",
    ]);
    expect(read("调解纠纷5起然后呢有个难点是当事人不肯来")).toEqual([
      ["done", "调解纠纷5起"],
      ["problem", "当事人不肯来"],
    ]);
  });

  it("problems solved as work stay work done", () => {
    expect(read("解决了群众反映的问题12个")).toEqual([["done", "解决了群众反映的问题12个"]]);
  });
});
