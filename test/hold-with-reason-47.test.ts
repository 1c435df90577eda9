import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * While a draft's card was just shown, a wait said with why — something still missing, someone else to count or check
 * first, someone's word that it is counted again — holds the card (a no: nothing confirmed, the draft kept), even when the
 * reason carries a count (两个证明、几页). Lines written for the test (西南官话 铜仁/巴中, 粤, plain Mandarin, Traditional,
 * full-width punctuation); docs 第四十七轮 dlg47 (hold-reason.ts).
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const { heard } = rulesReading(t);
const onCard = (text: string) =>
  heard("sun-tp", text, { awaiting: "confirm", pendingDrafts: 1, justAsked: true, draftNumbers: [1] });

describe("a wait with its reason on a card holds it", () => {
  it.each([
    "慢点 企业的申报材料还差几页",
    "莫慌 还差两个证明没盖章",
    "先莫存 等村里核实了数再说",
    "先别存 等数核实了",
    "先别存，等数核实了",
    "等等 村主任话要点过先",
    "等会儿 村支书说要再点一遍",
    "慢些 发票还没到齐",
    "等哈 合同还没盖章",
    "莫急 村会计讲还要对一下",
    "先別存 等村裡核實了再說",
    "等村委会清点完再说",
  ])("%s", (text) => {
    expect(onCard(text)).toBe("no");
  });
  it.each([
    ["莫慌 是3200株 不是3000", /修改|^command|3200/],
    ["等等 把这条删了", /撤回|删/],
  ])("more than a hold: %s", (text, not) => {
    const got = onCard(text);
    expect(got).not.toBe("no");
    expect(got).toMatch(not);
  });
  it.each(["还差两个证明没盖章", "村支书说要再点一遍", "慢点说"])("no wait word, not held: %s", (text) => {
    expect(onCard(text)).not.toBe("no");
  });
});
