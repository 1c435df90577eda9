import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { loadReports, parseReportLine, type ReportCase } from "./corpus/load-reports.js";
import { rates, scoreSplit } from "./corpus/score-extraction.js";

/**
 * The rules against the labelled corpus (test/corpus/reports). The held-out third is never used
 * to tune the rules; it is held to the same thresholds so a rule that only fits the tuned part fails.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const rules = (c: ReportCase) => {
  const ex = extractUpdate(c.text, org, { today: c.date, time: c.time });
  return { clauses: ex.clauses ?? [], figures: ex.figures };
};

describe("the labelled report corpus", () => {
  const all = loadReports();

  it("holds at least 300 messages from many sections, a third held out", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    const rotated = all.filter((c) => c.split !== "blind");
    const held = rotated.filter((c) => c.split === "heldout").length;
    expect(held).toBe(Math.floor(rotated.length / 3));
    const kinds = new Set(all.flatMap((c) => c.clauses.map((k) => k.kind)));
    expect(kinds).toEqual(new Set(["done", "problem", "plan"]));
    expect(all.filter((c) => new Set(c.clauses.map((k) => k.kind)).size > 1).length).toBeGreaterThan(60);
    expect(new Set(all.map((c) => c.id.split(":")[0])).size).toBeGreaterThanOrEqual(8);
  });

  for (const split of ["tune", "heldout"] as const) {
    it(`rules on the ${split} split: clause kinds ≥ 92 %, figure precision and recall ≥ 97 %`, async () => {
      const s = await scoreSplit(
        all.filter((c) => c.split === split),
        rules,
      );
      const r = rates(s);
      const detail = s.misses.map((m) => `${m.id} ${m.what}`).join("\n");
      expect(r.clauseAccuracy, detail).toBeGreaterThanOrEqual(0.92);
      expect(r.figurePrecision, detail).toBeGreaterThanOrEqual(0.97);
      expect(r.figureRecall, detail).toBeGreaterThanOrEqual(0.97);
      expect(r.figureKindAccuracy, detail).toBeGreaterThanOrEqual(0.92);
    });
  }

  // Batches written after the rules were tuned (docs/extraction.md): each on its own must keep
  // the clause-kind target, so a rule that only fits the older offices' phrasing fails here.
  for (const batch of [
    "10-",
    "11-",
    "12-",
    "15-",
    "16-",
    "17-",
    "18-",
    "19-",
    "23-",
    "24-",
    "25-",
    "26-",
    "30-",
    "31-",
    "34-",
    // Round eight's voice run-ons, written before the rules changed (first sight 92.7 % / 97.9 % / 97.9 %).
    "37-",
    // Round nine's own checks, written before the rules changed (first sight on main 2a9754b:
    // 40- 100.0 % / 63.0 % / 69.4 %, 41- 77.9 % / 94.1 % / 94.1 %; docs/extraction.md, 第九轮).
    "40-",
    "41-",
    // Written after 40-/41- were fixed, first sight 90.0 % / 87.2 % / 91.9 % (on 2a9754b: 90.0 / 47.8 / 59.5).
    "42-",
  ]) {
    it(`rules on the later batch ${batch}*: clause kinds ≥ 92 %, figure recall ≥ 97 %`, async () => {
      const cases = all.filter((c) => c.id.startsWith(batch));
      expect(cases.length).toBeGreaterThanOrEqual(29);
      const s = await scoreSplit(cases, rules);
      const r = rates(s);
      const detail = s.misses.map((m) => `${m.id} ${m.what}`).join("\n");
      expect(r.clauseAccuracy, detail).toBeGreaterThanOrEqual(0.92);
      expect(r.figureRecall, detail).toBeGreaterThanOrEqual(0.97);
    });
  }

  // Batches written blind (`@split blind`, docs/extraction.md): scored on their own and printed,
  // never listed miss by miss. 14-liuchu is never examined; its floors sit a little under the
  // score measured before round three's tuning (84.6 % / 92.7 % / 89.0 %), so a regression fails.
  // 13-mangce was examined and tuned on in round three (its before score: 85.4 % / 94.2 % / 96.1 %);
  // it now holds the corpus targets like the tuned part. 20-dongxun was first scored untouched in round
  // four (92.1 % / 95.6 % / 97.7 %), then examined and tuned on: it holds the targets too.
  const FLOORS: Record<string, { clauses: number; precision: number; recall: number } | undefined> = {
    "13-mangce.txt": { clauses: 0.92, precision: 0.97, recall: 0.97 },
    "20-dongxun.txt": { clauses: 0.92, precision: 0.97, recall: 0.97 },
    // Round five: first scored untouched at 95.7 % / 97.4 % / 96.7 %, then examined and tuned on.
    "22-shanhe.txt": { clauses: 0.92, precision: 0.97, recall: 0.97 },
    // Raised in round six (measured 89.9 % / 94.9 % / 93.0 % at its end, still never examined line by line).
    "14-liuchu.txt": { clauses: 0.88, precision: 0.92, recall: 0.9 },
    // Sealed in round five and scored once at its end (96.8 % / 96.2 % / 95.0 %); opened for tuning in
    // round six, which took it to 100 % / 100 % / 100 % by class (docs/extraction.md, 第六轮).
    "27-yunling.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round twenty-nine's blind68 report file (桑乾县): scored untouched at 6303032 (98.6 % / 93.8 % / 95.0 %),
    // opened in round thirty-one and tuned on by class to 98.6 % / 100 % / 100 % (docs/understanding.md, kind31).
    "g1-sangqian.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round thirty-one's blind70 report file (瓯南县): scored untouched at 0bb6ef7 (97.1 % / 95.1 % / 95.1 %), opened
    // in round thirty-two and tuned on by class to 100 % / 100 % / 100 % (docs/understanding.md, fig32).
    "g3-ounan.txt": { clauses: 0.98, precision: 0.98, recall: 0.98 },
    // Round six: scored untouched at 95.7 % / 97.9 % / 97.2 % (figure kinds 95.6 %), then tuned on by
    // class to 100 % / 100 % / 100 %.
    "28-qinghe.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round seven: scored untouched at 96.9 % / 97.1 % / 98.5 % (figure kinds 97.0 %), then tuned on
    // by class to 98.5 % / 100 % / 100 % (two labels the README does not settle left as they are).
    "33-baishui.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Sealed round six: scored once at its end (97.5 % / 98.1 % / 98.1 %), never examined line
    // by line; floors a little under so a regression fails.
    "29-lanxi.txt": { clauses: 0.95, precision: 0.96, recall: 0.96 },
    // Round seven's second tuning batch: scored untouched at 93.1 % / 98.5 % / 98.5 % on fa194b5; tuned
    // on by class in round eight to 99.2 % / 99.2 % / 100 % (docs/extraction.md, 第八轮).
    "35-qingshan.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Sealed round seven (written as 34-songxi): scored once at its end on 5ace096 (91.0 % / 97.8 % /
    // 97.8 %), totals only, never examined line by line; floors a little under so a regression fails.
    "36-songxi.txt": { clauses: 0.89, precision: 0.96, recall: 0.96 },
    // Round eight's sealed batch (written as 37-hetang): scored untouched at 94.0 % / 97.9 % / 97.9 % at its
    // start, 95.2 % / 97.9 % / 97.9 % at its end; opened for tuning in round nine, which took it to
    // 100 % / 100 % / 100 % by class (docs/extraction.md, 第九轮).
    "38-hetang.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round ten's blind batch (b16, 云溪县): scored untouched at e117599 (90.6 % / 96.5 % / 97.3 %), then
    // opened and tuned on by class (own lines 45-b16lei first) to 94.8 % / 97.3 % / 98.2 %.
    "44-yunxi.txt": { clauses: 0.92, precision: 0.97, recall: 0.97 },
    // Round eleven's own batches, written before the rules changed (first sight on 418e540: 46- 71.1 % /
    // 100 % / 100 %, 47- 61.4 % / 96.8 % / 97.8 %), then tuned on by class; 48- written after the first
    // pass as a check (first sight 61.8 % on 418e540, 90.4 % on a6f31e8, figures 95.2 % / 92.9 %), then
    // tuned on too (docs/extraction.md, 第十一轮).
    "46-tixiang.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "47-koutou.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "48-fuyan.txt": { clauses: 0.97, precision: 0.97, recall: 0.97 },
    // Round eleven's blind batch (b20, 青禾县): scored untouched at 418e540 (96.0 % / 100 % / 100 %), then
    // tuned on by class to 100 % / 100 % / 100 %.
    "50-qinghexian.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round twelve's own batches (ext12), departments other than science and technology: 53- and 54-
    // written before the rules changed (first sight on bc5ca48: 53- 92.3 % / 95.6 % / 90.6 %, 54- 94.2 % /
    // 90.5 % / 87.4 %), 55- after the first pass (first sight on a69224f: 92.2 % / 96.4 % / 92.0 %); all
    // three then tuned on by class (docs/extraction.md, 第十二轮).
    "53-gebumen.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "54-duosheng.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "55-xinsheng.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round thirteen's own batches (ext13), problems said without problem words and their near misses:
    // 59- and 60- written before the rules changed (first sight on 86877ac: 59- 81.7 % / 96.3 % / 92.8 %,
    // 60- 82.9 % / 98.7 % / 98.7 %), 61- after the first pass (first sight on 95584e9, 728d931 before the rebases: 81.4 % / 94.4 % /
    // 92.7 %; 79.7 % on 86877ac); all three then tuned on by class (docs/extraction.md, 第十三轮). A few
    // figures are still missed (a bare 就俩, 就一个人), so two recall floors sit a little lower.
    "59-chaju.txt": { clauses: 0.97, precision: 0.98, recall: 0.97 },
    "60-bugou.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "61-bujin.txt": { clauses: 0.97, precision: 0.98, recall: 0.95 },
    // Round fourteen's own figure files (ext14): 66- and 67- written before the rules changed (first
    // sight on 311ec13: 66- 94.9 % / 92.8 % / 92.8 %, 67- 95.7 % / 94.9 % / 90.3 %), 68- after the first
    // pass (first sight on c53a3a1 (e5469c4 before the rebases), the transfer estimate: 94.2 % / 98.8 % / 93.3 %; 94.2 / 93.9 / 85.6
    // on 311ec13); figures tuned on by class (docs/extraction.md, 第十四轮). Clause kinds were left
    // mostly alone, so those floors sit lower.
    "66-shuju.txt": { clauses: 0.94, precision: 0.98, recall: 0.98 },
    "67-jiashu.txt": { clauses: 0.94, precision: 0.98, recall: 0.98 },
    "68-fuyan14.txt": { clauses: 0.92, precision: 0.98, recall: 0.97 },
    // Round fifteen's own files (ext15): 72- (clause kinds) and 73- (what is a figure) written before
    // the rules changed (first sight on 18bfeaa (4fdd14b before the rebase): 72- 89.8 % / 98.4 % / 98.4 %, 73- 96.2 % / 91.5 % /
    // 97.4 %), 74- after the first pass (first sight on b1d32be (4655ad7 before the rebase), the transfer estimate: 87.1 % / 94.9 %
    // / 93.3 % with its one label fixed); then tuned on by class (docs/extraction.md, 第十五轮).
    "72-leixing.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "73-shuzi.txt": { clauses: 0.96, precision: 0.98, recall: 0.98 },
    "74-qianyi.txt": { clauses: 0.97, precision: 0.98, recall: 0.96 },
    // Round sixteen's own files (ext16): 78- (clause kinds) and 79- (figure kinds) written before the
    // rules changed (first sight on 3e4b871: 78- 81.6 % / 92.7 % / 98.1 %, 79- 92.0 % / 94.7 % / 96.0 %),
    // 80- after the two passes (first sight on c9c8c41, the transfer estimate: 85.5 % / 100 % / 100 %,
    // figure kinds 86.0 %); then tuned on by class (docs/extraction.md, 第十六轮).
    "78-leibie16.txt": { clauses: 0.97, precision: 0.97, recall: 0.97 },
    "79-shuzhong.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "80-qianyi16.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round seventeen's own files (ext17): 84- (what a figure is) and 85- (clause and figure kinds) written
    // before the rules changed (first sight on 6e38593: 84- 99.0 % / 92.6 % / 92.6 %, 85- 83.7 % / 95.1 % /
    // 95.1 %, 84.9 / 95.1 / 93.5 with two own labels fixed by precedent), 86- after the first pass (first
    // sight on f4bc307 (fb97106 after the rebases), the transfer estimate: 93.9 % / 95.2 % / 96.8 %, 93.9 / 98.4 / 96.9 with two own
    // labels fixed by precedent); then tuned on by class (docs/extraction.md, 第十七轮).
    "84-shuju17.txt": { clauses: 0.97, precision: 0.98, recall: 0.97 },
    "85-leibie17.txt": { clauses: 0.97, precision: 0.98, recall: 0.97 },
    "86-qianyi17.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    // Round eighteen's own files (ext18): 90- (clause kinds said without their words) and 91- (people in 个,
    // money in 块 or without 元, ages) written before the rules changed (first sight on 6722534: 90- 86.0 % /
    // 96.6 % / 100 %, 91- 91.7 % / 83.1 % / 80.8 %), 92- (40 messages) after the first passes (first sight on
    // 040af7d (2861f40 before the rebase), the transfer estimate: 81.5 % / 82.9 % / 80.6 %, 81.5 / 91.4 / 86.5 with three own labels fixed
    // by precedent); then tuned on by class (docs/extraction.md, 第十八轮).
    "90-leibie18.txt": { clauses: 0.97, precision: 0.96, recall: 0.98 },
    "91-shuju18.txt": { clauses: 0.97, precision: 0.96, recall: 0.95 },
    "92-qianyi18.txt": { clauses: 0.97, precision: 0.96, recall: 0.94 },
    // Round nineteen's own files (ext19): 98- (later clauses that turn kind without their words, tasks from
    // above, a clause's own time against the day, units) written before the rules changed (first sight on
    // e496e3a: 92.0 % / 95.2 % / 94.1 %, 90.7 / 95.2 / 94.1 with two own labels fixed by the written convention),
    // 99- (40 messages) after the first pass (first sight on a713294 (1fd1998 after the rebase), the transfer estimate: 88.4 % / 92.9 % /
    // 92.9 %, 88.4 / 94.6 / 93.0 with one own label fixed); then tuned on by class (docs/extraction.md, 第十九轮).
    "98-leibie19.txt": { clauses: 0.97, precision: 0.98, recall: 0.98 },
    "99-qianyi19.txt": { clauses: 0.97, precision: 0.97, recall: 0.96 },
    // Round twenty's own files (ext20), named a0-/a1- so they sort after 99- (load-reports reads the names
    // sorted; blind files are out of the rotation, so nothing else moves). a0- (东北话: the clause-kind classes
    // that recur across blind writers, tools/kind-misses.ts) written before the rules changed (first sight on
    // 1b15ca0: 82.4 % / 95.1 % / 97.5 %, 81.3 before one own label was set by the precedent 97-jingu:73), a1-
    // (40 messages, 湖北/鄂西) after the two fixes (first sight on bb5a7e0 (a841e29 after the rebase), the transfer estimate: 83.9 % /
    // 93.6 % / 93.6 %; 80.5 on 1b15ca0). Not tuned on beyond the two classes; floors a little under.
    "a0-leibie20.txt": { clauses: 0.84, precision: 0.94, recall: 0.97 },
    "a1-qianyi20.txt": { clauses: 0.83, precision: 0.93, recall: 0.93 },
    // Round twenty's own figure files (fig20; names after 99- sort after it, a2- before a3-): a2- (50 messages, 宁波/台州吴语)
    // written before the rules changed (first sight on 1b15ca0: 94.5 % / 93.5 % / 88.8 %), a3- (40, 江西赣北) after the label
    // and people-in-个 fixes without reading the word lists (first sight on 9ebd81f (9a177b4 after the rebase), the transfer estimate: 94.9 % / 91.2 % /
    // 84.9 %; 94.9 / 85.3 / 79.5 on 1b15ca0); their misses grouped by tools/figure-misses.ts (docs/extraction.md, 第二十轮).
    "a2-shuju20.txt": { clauses: 0.92, precision: 0.96, recall: 0.92 },
    "a3-qianyi-shu20.txt": { clauses: 0.92, precision: 0.9, recall: 0.86 },
    // Round twenty-one's clause-kind files (kind21): a4- (52 messages, 冀鲁: states after work done and steps after
    // problems with no marker word) written before the rules changed (first sight on 204cced: 77.8 % / 87.0 % / 93.0 %),
    // a5- (42, 川渝) after the first pass without the word lists (first sight on 5dc3bc0, the transfer estimate:
    // 81.6 % / 93.3 % / 96.6 %; 73.6 on 9ffe2ea); tuned on by class (docs/extraction.md, 第二十一轮). Floors a little under.
    "a4-leibie21.txt": { clauses: 0.96, precision: 0.85, recall: 0.92 },
    "a5-qianyi21.txt": { clauses: 0.88, precision: 0.92, recall: 0.95 },
    // Round twenty-one's own figure files (fig21): a6- (52 messages, 豫东/豫北: 俩/仨, rare measure words, typed
    // spaces, 个 for things and people, money without 元) written before the rules changed (first sight on 204cced:
    // 93.8 % / 96.4 % / 75.0 %), a7- (40, 川渝) after the first fixes without reading the word lists (first sight on
    // 960b011: 93.8 % / 90.5 % / 85.9 %, 91.9 / 87.2 with two own labels set by the a6- precedent; 93.8 / 78.2 on 204cced).
    "a6-shuju21.txt": { clauses: 0.92, precision: 0.97, recall: 0.97 },
    "a7-qianyi-shu21.txt": { clauses: 0.92, precision: 0.95, recall: 0.94 },
    // Round twenty-two's clause-kind files (kind22): a8- (59 messages, 内蒙古西部晋语: frames read ahead by their time,
    // steps ahead, conditions, requests, states after work done) written before the rules changed (first sight on
    // cd14ed2: 79.1 % / 98.5 % / 98.5 %), a9- (41, 海南) after five fixes without the word lists (first sight on
    // f174c1d, the transfer estimate: 81.8 % / 91.7 % / 94.3 %; 79.2 on cd14ed2). Floors a little under.
    "a8-leibie22.txt": { clauses: 0.82, precision: 0.97, recall: 0.97 },
    "a9-qianyi22.txt": { clauses: 0.8, precision: 0.9, recall: 0.93 },
    // Round twenty-two's own figure files (fig22; c0- c1- sort after b2-): c0- (51 messages, 粤语味普通话: where the
    // counted noun is said, comparisons, 一个二个, people in 个/口/号, money without 元) written before the rules
    // changed (first sight on cd14ed2: 90.4 % / 81.8 % / 83.7 %), c1- (40, 山西晋中/吕梁) after the first fixes without
    // reading the word lists (first sight on 2048407: 88.1 % / 79.0 % / 74.2 % with one own label set by the send-date
    // convention; 69.2 / 68.2 on cd14ed2); then tuned on by class (docs/extraction.md, 第二十二轮). Floors a little under.
    "c0-shuju22.txt": { clauses: 0.88, precision: 0.96, recall: 0.94 },
    "c1-qianyi-shu22.txt": { clauses: 0.85, precision: 0.87, recall: 0.82 },
    // Round twenty-three's clause-kind files (kind23; c2- c3- sort after c1-): c2- (55 messages, 苏北盐城/淮安: steps
    // glued onto problems, problems told as counts or states, done work with negative words, conditions, requests)
    // written before the rules changed (first sight on 804dd18: 85.4 % / 94.7 % / 94.7 %), c3- (42, 湘西) after five
    // fixes without the word lists (first sight on 323315f: 89.9 % / 95.5 % / 95.5 %, the same 89.9 on 804dd18);
    // c3- tuned on once after (哒). Floors a little under (docs/extraction.md, 第二十三轮).
    "c2-leibie23.txt": { clauses: 0.85, precision: 0.93, recall: 0.93 },
    "c3-qianyi23.txt": { clauses: 0.9, precision: 0.93, recall: 0.93 },
    // Round twenty-three's own figure files (fig23): c4- (48 messages, 宁夏南部山区/陕北: counts typed straight into the
    // problem or plan after them, numbers taken back, 口/户/人次 people, subsets, money without 元) written before the rules
    // changed (first sight on 804dd18: 81.9 % / 90.3 % / 89.4 % with one own label set by the take-back convention), c5-
    // (40, 贵州黔东南) after the fixes without the word lists (first sight on aeb9163: 88.3 % / 93.1 % / 90.0 %).
    "c4-shuju23.txt": { clauses: 0.83, precision: 0.9, recall: 0.89 },
    "c5-qianyi-shu23.txt": { clauses: 0.86, precision: 0.91, recall: 0.88 },
    // Round twenty-four's clause-kind file (kind24): c6- (60 messages, 江西赣南客家味: what is left or waits on others,
    // remedies glued onto a problem, purposes, requests, conditions, 唔曾, double negatives) written before the rules
    // changed (first sight on fc56007: 80.7 % / 98.1 % / 98.1 %). Floors a little under (docs/extraction.md, 第二十四轮).
    "c6-leibie24.txt": { clauses: 0.8, precision: 0.96, recall: 0.96 },
    // c7- (32 messages, 东北辽南) written after the first two fixes without the word lists (first sight on 5f004a8:
    // 78.0 % / 100 % / 100 %; 75.6 on fc56007).
    "c7-qianyi24.txt": { clauses: 0.77, precision: 0.97, recall: 0.97 },
    // Round twenty-four's own figure files (fig24): c8- (50 messages, 云南滇中/滇西: 口/户/人次 people, money in 块
    // typed straight into the next clause, parts of what was counted, 争取 + target, visits, double negatives) written
    // before the rules changed (first sight on fc56007: 91.8 % / 93.7 % / 91.8 %), c9- (40, 安徽皖北) after four fixes
    // without the word lists (first sight on db2bb09: 93.5 % / 92.2 % / 92.2 %; 89.6 / 89.6 on fc56007), tuned on
    // once after (不符合的…还在领、慰问金每人…块). Floors a little under (docs/extraction.md, 第二十四轮).
    "c8-shuju24.txt": { clauses: 0.91, precision: 0.94, recall: 0.92 },
    "c9-qianyi-shu24.txt": { clauses: 0.93, precision: 0.92, recall: 0.92 },
    // Round twenty-five's clause-kind file (kind25): e0- (59 messages, 浙南温州: voice run-ons where a count and its unit,
    // a time word or a state starts the next clause with no separator) written before the rules changed (first sight on
    // 9855afc: 84.2 % / 96.3 % / 98.8 %). Floors a little under (docs/extraction.md, 第二十五轮).
    "e0-leibie25.txt": { clauses: 0.83, precision: 0.95, recall: 0.97 },
    // e1- (34 messages, 山西晋南) written after three fixes without the word lists (first sight on 3f4e7d9:
    // 85.5 % / 93.2 % / 95.3 %; 82.6 on 9855afc).
    "e1-qianyi25.txt": { clauses: 0.84, precision: 0.92, recall: 0.94 },
    // Round twenty-five's own figure files (fig25): e2- (50 messages, 河北保定: bare 个 people, money with and without 元,
    // approximate counts, typed straight into the next clause) written before the rules changed (first sight on 9855afc:
    // 88.4 % / 82.5 % / 78.4 % with one own label set by convention), e3- (32, 内蒙古东部) after three fixes without the
    // word lists (first sight on 9f9948c: 91.3 % / 86.3 % / 87.5 %; 81.9 / 81.9 on 9855afc). Floors a little under.
    "e2-shuju25.txt": { clauses: 0.88, precision: 0.89, recall: 0.87 },
    "e3-qianyi-shu25.txt": { clauses: 0.91, precision: 0.88, recall: 0.89 },
    // Round twenty-six's own figure files (fig26): e6- (55 messages, 湖北宜昌: rough spoken counts, counts after their
    // noun, money in 块/万 with no 元, 成 and 个点, dates, ages, times, numbers and names that are no figures) written
    // before the rules changed (first sight on 721f29a: 90.0 % / 94.6 % / 89.8 %), e7- (32, 黑龙江) after four fixes
    // without the word lists (first sight on c878e9f: 91.2 % / 88.9 % / 82.4 %; 88.7 / 80.9 on 721f29a). Floors a little under.
    "e6-shuju26.txt": { clauses: 0.89, precision: 0.94, recall: 0.92 },
    "e7-qianyi-shu26.txt": { clauses: 0.9, precision: 0.88, recall: 0.82 },
    // Round twenty-six's clause-kind files (kind26): e4- (55 messages, 湖北宜昌: plans and problems without their usual
    // words, segments typed without separators) written before the rules changed (first sight on 721f29a: 94.3 % /
    // 93.8 % / 95.0 %), e5- (34, 苏北盐城) after five fixes without the word lists (first sight on 17df9fc: 88.1 % /
    // 90.2 % / 92.5 %; 88.1 on 721f29a too). Floors a little under (docs/extraction.md, 第二十六轮).
    "e4-leibie26.txt": { clauses: 0.93, precision: 0.92, recall: 0.93 },
    "e5-qianyi26.txt": { clauses: 0.87, precision: 0.89, recall: 0.91 },
  };
  // Round twenty-eight's clause-kind files (kind28) are open: in the three-way rotation (no `@split blind`), with
  // floors of their own a little under their scores. e8- (32 messages, 河北唐山) and e9- (31, 江苏南通) were written
  // before the rules changed (first sight on b497eeb: 88.1 % / 95.5 % / 100 % and 86.2 % / 95.7 % / 100 %), f1- (26,
  // 辽宁大连) after three fixes without the word lists (first sight on efa82c4: 90.7 % / 86.1 % / 93.9 %; 87.0 on
  // b497eeb). docs/extraction.md, 第二十八轮.
  const OPEN_FLOORS: Record<string, { clauses: number; precision: number; recall: number }> = {
    "e8-leibie28.txt": { clauses: 0.88, precision: 0.94, recall: 0.98 },
    "e9-qianyi28.txt": { clauses: 0.91, precision: 0.94, recall: 0.98 },
    "f1-leibie28b.txt": { clauses: 0.89, precision: 0.85, recall: 0.92 },
    // Round twenty-nine's (kind29): f2- (31 messages, 浙江温州/台州) written before the rules changed (first sight on
    // 6303032: 87.0 % / 90.5 % / 92.7 %; 88.3 after the fixes), f3- (25, 甘肃天水) after four fixes without the word
    // lists (first sight on be0256a: 85.7 % / 97.1 % / 97.1 %; 83.9 on 6303032). docs/extraction.md, 第二十九轮.
    "f2-leibie29.txt": { clauses: 0.87, precision: 0.9, recall: 0.92 },
    "f3-leibie29b.txt": { clauses: 0.85, precision: 0.96, recall: 0.96 },
    // Round thirty's (kind30): f4- (44 messages, county 科技局/农业农村局/工信局, 川北 voice run-ons) written before the
    // rules changed (first sight on 17a8045: 87.8 % / 95.1 % / 93.9 %; 92.2 / 97.6 / 97.6 after six fixes).
    // docs/understanding.md, 第三十轮 kind30.
    "f4-leibie30.txt": { clauses: 0.91, precision: 0.96, recall: 0.96 },
    // Round thirty-one's (kind31): f5- (47 messages, 湘中 county 人社局/民政局 voice run-ons) written before the rules
    // changed (first sight on 0bb6ef7: 86.6 % / 94.6 % / 93.3 %; 92.8 / 98.7 / 98.7 after five fixes).
    // docs/understanding.md, 第三十一轮 kind31.
    "f5-leibie31.txt": { clauses: 0.91, precision: 0.97, recall: 0.97 },
    // Round thirty-one's figure file (fig31b): f6- (40 messages, 豫东 county 商务局/文旅/就业 voice run-ons, written for
    // figures: words, money without 元, estimates, 个 of people, numbers that are not figures) written before the rules
    // changed (first sight on 3487067: 86.7 % / 95.5 % / 90.3 %; 86.7 / 96.7 / 93.5 after two fixes).
    // docs/understanding.md, 第三十一轮 fig31b.
    "f6-shuju31.txt": { clauses: 0.85, precision: 0.95, recall: 0.92 },
    // Round thirty-two's figure file (fig32): f7- (54 messages, 桂北 county 农业农村/乡村振兴/应急/卫健/林业 voice run-ons:
    // work done, then a problem, then a plan in one breath; 个 of people, words, estimates, money without 元, 才 + count,
    // durations that are not figures) written before the rules changed (first sight on 8ab3f59: 91.7 % / 85.4 % / 83.0 %;
    // 98.4 / 98.1 / 97.2 after the fixes of docs/understanding.md, 第三十二轮 fig32).
    "f7-fig32.txt": { clauses: 0.97, precision: 0.97, recall: 0.96 },
    // Round thirty-two's figure file (val32): f8- (51 messages, 鲁西南 county offices, mostly paragraphs pasted from a
    // Word summary or a 通报 — numbered lists, 同比, 万元/亿元, 约/近/余, ranges, 人均, 占比 — with some chat-typed counts)
    // written before the rules changed (first sight on 075a8f2: 92.9 % / 99.3 % / 93.8 %, with two of its labels put right
    // to the README: a subheading is |-|, 为期6天 is a span; 92.9 / 100 / 96.3 after the fixes). docs/understanding.md,
    // 第三十二轮 val32.
    "f8-val32.txt": { clauses: 0.92, precision: 0.99, recall: 0.95 },
    // Round thirty-three's figure file (fig33): f9- (59 messages, 赣南 county 民政/卫健/住建/市场监管/人社/医保… offices,
    // chat-typed run-ons with colloquial counts — 两百出头, 九十几个, 两千来床, 俩, 仨, 一户, 六百八 — and pasted 通报 with
    // 文号/同比/万元) written before the rules changed (first sight on 6758a5c: 93.2 % / 92.2 % / 84.3 %; 85.5 with two
    // 就一个 labels taken out by the README; 94.7 / 93.2 / 89.1 after the fixes). docs/understanding.md, 第三十三轮 fig33.
    "f9-fig33.txt": { clauses: 0.94, precision: 0.93, recall: 0.88 },
    // Round thirty-four's figure file (fig34): f10- (66 messages, 广西南宁/玉林 county 农业农村/卫健/应急/民政/住建/文旅
    // offices, Mandarin with 白话 — 今日、琴日、冇、唔、咗、嘅、得 = 只有, 八百几、一万三千零、两蚊几、三块五 — and pasted
    // 小结/通报) written before the rules changed (first sight on 38254c1: 89.3 % / 99.3 % / 97.2 %; 92.6 / 100 / 99.3 after
    // the fixes, three of them 粤 words tuned on it). docs/understanding.md, 第三十四轮 fig34.
    "f10-fig34.txt": { clauses: 0.91, precision: 0.98, recall: 0.97 },
    // Round thirty-five's figure file (fig35): f11- (60 messages, 陕西关中 county 卫健局 — 疾控、基层、医政、妇幼、爱卫办 —
    // over a year, 关中话: 额、克 = 去、一满、瞎 = 坏、碎娃、咧; 一万一千挂零、二百出头、两万来块、五个点、一成半; pasted 通报)
    // written before the rules changed (first sight on be43987: 83.1 % / 91.8 % / 88.1 %; 86.3 / 94.8 / 91.1 after the fixes,
    // with one own label put right to the corpus: 五个点 is 个百分点; 92.7 / 99.0 / 96.0 after round thirty-six's fixes,
    // 第三十六轮 fig36; recall 99.0 after round thirty-seven's, 第三十七轮 fig37). docs/understanding.md, 第三十五轮 fig35.
    "f11-fig35.txt": { clauses: 0.92, precision: 0.98, recall: 0.98 },
    // Round thirty-six's figure file (fig36): f12- (60 messages, 吉林东部 county 应急管理局 — 安全生产、森林防火、防汛、
    // 危化品、矿山、救灾、执法 — 东北话: 整、贼、老鼻子了、瞎了 = 坏了、白瞎了、好使、夜个儿、头晌; 俩、一百零几号人、六万五、
    // 说错又改口, voice-typed run-ons and pasted 通报 with 文号/同比) written before the rules changed (first sight on
    // 3492feed: 84.8 % / 96.6 % / 98.2 %, after two of its own labels were put right to the corpus before any rule
    // change: 一大半 is 50 % as in 31- and 85-, 俩 of fans is 2个 — 94.0 / 97.3 as first written; 94.3 / 98.3 / 100 after
    // the fixes). docs/understanding.md, 第三十六轮 fig36.
    "f12-fig36.txt": { clauses: 0.94, precision: 0.98, recall: 0.99 },
    // Round thirty-seven's figure file (fig37): f13- (60 messages, 青海东部 county 水利局 — 农村饮水、河湖长制、采砂、
    // 取水许可、灌溉渠系、冬灌秋灌、山洪、淤地坝、水保 — 青海话: 阿门、阿扎、尕、一挂 = 全都、没麻达、夜来、后晌、…着 收尾;
    // 十二万五、1 900多块、个数的人、说错又改口, voice-typed run-ons with 「逗号」 and 寻河/水会, 文号/届次/年度/电话)
    // written before the rules changed (first sight on dadc1f83: 86.9 % / 99.0 % / 98.0 %; 90.9 / 99.0 / 98.0 after the
    // fixes; 93.9 / 100 / 99.0 after round thirty-eight's, 第三十八轮 fig38). docs/understanding.md, 第三十七轮 fig37.
    "f13-fig37.txt": { clauses: 0.93, precision: 0.99, recall: 0.98 },
    // Round thirty-eight's figure file (fig38): f14- (60 messages, 辽西 county 文化旅游和广播电视局 — A级景区、文化市场执法、
    // 文物安全、非遗和皮影剧团、图书馆和农家书屋、全民健身和体彩 — 辽西话: 嘎哈、整、贼、老鼻子了、那旮瘩、埋汰、磕碜、闹心、
    // 夜儿个、头晌、后晌; 八千来人、两万来块、三千出头、十八万挂零、80个W、俩、个数的人、光数没单位、说错又改口; 文号/届次/
    // 4A级/12345/电话/限期/为期 that are not figures) written before the rules changed (first sight on b54fe495: 92.6 % /
    // 94.7 % / 92.7 %, after one own label put right to the corpus before any rule change: 翻了一番 is 2倍 as in the other
    // files — 93.6 / 92.6 as first written; 95.1 / 99.0 / 99.0 after the fixes). docs/understanding.md, 第三十八轮 fig38.
    "f14-fig38.txt": { clauses: 0.95, precision: 0.98, recall: 0.98 },
    // Round thirty-nine's figure file (fig39): f15- (63 messages, 张家口坝上 county 自然资源和规划局 — 耕地保护和田长制、
    // 卫片执法、不动产登记、村庄规划、地质灾害、矿山和砂石、土地出让、测绘 — 坝上话: 夜来、年时、前晌、后晌、黑夜、甚、可 = 很;
    // 十几个、三十几处、二十来个、三千来份、光说万不说元、数在名词后面、说错又改口; 文号/4·22/正月十六/年度/届次/举报电话/
    // 限期/车跑了多少公里 that are not figures) written before the rules changed (first sight on 97c4ee4b: 85.7 % / 91.1 % /
    // 95.3 %; 89.3 / 96.3 / 97.2 after the fixes; 92.9 / 97.2 / 98.1 after fig39b's; 94.0 / 98.1 / 98.1 after round
    // forty's, 第四十轮 fig40). docs/understanding.md, 第三十九轮 fig39.
    "f15-fig39.txt": { clauses: 0.94, precision: 0.98, recall: 0.98 },
    // Round forty's figure file (fig40): f16- (63 messages, 陕南汉中 county 人力资源和社会保障局 — 就业和返乡创业、公益岗、
    // 城乡居民养老保险和待遇认证、根治欠薪和劳动监察、仲裁、技能培训、人事考试、工伤、社保卡 — 陕南话: 莫得、克 = 去、
    // 昨儿个、上半天、下半天、屋头、哈、恁么、撒; 二十几个、八十来家、一百出头、六百八、俩、仨、光说万不说元、个数的人、
    // 说错又改口; 文号/腊月二十/正月初八/年度/届次/第几批/限期/车跑了多少公里/离镇上多远 that are not figures) written
    // before the rules changed (first sight on 8210b3bc: 88.3 % / 87.0 % / 84.5 % as first written; 89.9 / 88.0 / 84.6
    // after three own labels were put right to the README before any rule change; 93.7 / 99.0 / 97.1 after the fixes).
    // docs/understanding.md, 第四十轮 fig40.
    "f16-fig40.txt": { clauses: 0.93, precision: 0.99, recall: 0.97 },
    // Round forty-one's figure file (fig41): f17- (63 messages, 浙江绍兴 county 市场监督管理局 — 食品抽检、校园食堂、
    // 农村家宴、黄酒小作坊、特种设备（电梯、气瓶、游乐设施、索道）、价格、12315 和预付卡、计量、产品质量、地理标志、
    // 登记和年报、信用修复、网络交易、药店 — 绍兴口音夹吴语: 今朝、明朝、夜快、伢、伊拉、弗、呒没、来东、一塌刮子、毛估估、
    // 旧年、开年、掉 收尾; 廿七家、三百来个、两百出头、九成五、一成半、十一万三、一点二亿、个数的人、说错又改口, segments
    // often typed with no separator; 文号/3·15/12315/3C/十年陈/第三届/国庆七天/限十五日/为期/车跑了多少公里 that are not
    // figures) written before the rules changed (first sight on 563f5c29: 85.5 % / 96.9 % / 95.0 %; 86.7 / 97.9 / 95.0
    // after the fixes). docs/extraction.md, 第四十一轮 fig41.
    "f17-fig41.txt": { clauses: 0.86, precision: 0.97, recall: 0.95 },
    // Round forty-two's figure file (fig42): f18- (63 messages, a 金华 county next to 义乌, 交通运输局 — 农村公路和养护、
    // 四好农村路、路长制、农村客运和城乡公交、治超、两客一危、快递进村、小商品物流、港航和码头 — 金华/义乌口音夹吴语: 上昼、
    // 下昼、我侬、尔、渠 / 渠拉、弗、呒没、葛个、交关、毛估估、旧年、开年、一记; 五六个人、七八条、十几万、两百出头、一成半、
    // 一万三千方、十二万三千标箱、个数的人、说错又改口, segments glued with no separator; 国道编号/文号/元旦三天/限载十吨/
    // 为期四十天/分两批/车跑了多少公里 that are not figures) written before the rules changed (first sight on 0399fc1b:
    // 89.7 % / 91.4 % / 92.4 %; 89.7 / 93.6 / 95.7 after the fixes). docs/extraction.md, 第四十二轮 fig42.
    "f18-fig42.txt": { clauses: 0.89, precision: 0.93, recall: 0.95 },
    // Round forty-three's figure file (fig43): f19- (60 messages, 曲靖陆良 生态环境分局 — 大气污染防治、秸秆禁烧、入河排污口、
    // 河长制配合、环评审批、执法检查、危废和固废、噪声投诉、农村生活污水 — 滇东西南官话: 整、整归一、憨包、板扎、咋个、克 = 去、
    // 得 = 了、没得、瞧、一哈; 五六家、一百来人次、九万八、8k、三成、不到四成、十来天、个数的人, segments typed with no separator;
    // 文号/钟点/五一五天/建好三年/跑得十几年的车/全市排第三/电话 that are not figures) written before the rules changed (first
    // sight on 598217ff: 85.7 % / 97.6 % / 97.6 %; 88.6 / 97.6 / 97.6 after the fixes). docs/extraction.md, 第四十三轮 fig43.
    "f19-fig43.txt": { clauses: 0.87, precision: 0.96, recall: 0.96 },
    // Round forty-four's figure file (fig44): f20- (60 messages, 南平顺昌 county 林业局 — 森林防火、林长制、松材线虫病防治、
    // 国土绿化和造林、林权改革、油茶和毛竹、古树名木、自然保护地、野生动物救护、林下经济、木材采伐审批 — 闽北话夹普通话:
    // 伓、无 = 没、拢总、厝、侬、有去、恁、今日、明旦、暝; 一千二百多份、八十几个、一百五十来个、一万一千亩出头、十来块钱、约三成、
    // 七成出头、一点六个亿、个数的人、说错又改口, voice input without punctuation, a pasted 通报 in Traditional characters;
    // 文号/元旦三天/树龄/国家一级/第一批/离保护区几公里/12119/等了多久/就一个人 that are not figures) written before the rules
    // changed (first sight on e9f20e3f: 91.0 % / 96.6 % / 97.7 %). docs/extraction.md, 第四十四轮 fig44.
    "f20-fig44.txt": { clauses: 0.9, precision: 0.96, recall: 0.97 },
    // Round forty-five's figure file (fig45): f21- (60 messages, 三明宁化 county 教育局 — 控辍保学、学前教育普惠、优质均衡、
    // 教师招聘和交流轮岗、校舍维修、营养改善计划、课后服务、双减、学生资助、校园安全和防溺水、职业教育、中考 — 客家话夹普通话:
    // 佢、偃、冇、唔、系、嘅、今晡日、昨晡日、细人子、分人 = 被人、…哩 = 了, a few 闽北 words; 两千一百八十多万、约四万二千人、
    // 一万二千平方米出头、将近四成、九成五左右、十几户、个数的人、没写元的钱、说错又改口, voice input without punctuation, a
    // pasted 通报 in Traditional characters and a table pasted from Excel (bare numbers, the unit in the header); 文号/年级/
    // 年龄/建校多少年/C级/全市排第二/第三批/12345/就一个老师 that are not figures) written before the rules changed (first
    // sight on 69ddfd25: 84.7 % / 94.4 % / 91.3 %, figure kinds 83.3 %). docs/extraction.md, 第四十五轮 fig45.
    "f21-fig45.txt": { clauses: 0.84, precision: 0.94, recall: 0.91 },
    // Round forty-six's figure file (fig46): f22- (60 messages, 聊城冠县 county 商务局 — 外贸进出口、招商签约和到位资金、
    // 社零总额、电商进农村和直播带货、乡镇商贸中心、消费券、家电以旧换新、成品油和预付卡监管、外资企业服务、展会 — 鲁西
    // 冀鲁官话: 俺、恁、咋着、中、拉呱、夜来、今门儿、木有、老些、俩、…喽 = 了; 二十三亿四千万、十七亿出头、将近三成、
    // 约一亿零六百万、两成多、不到六成、单 = orders, money without 元, 改口, voice input without punctuation, a 通报 in
    // Traditional characters, an Excel table with a 「待补」 row; 文号/1到4月/前十个月/618/双十一/第三轮/只有一家 that are
    // not figures) written before the rules changed (first sight on 617fbb04: 88.0 % / 91.8 % / 84.9 %, figure kinds
    // 84.4 %). docs/extraction.md, 第四十六轮 fig46.
    "f22-fig46.txt": { clauses: 0.87, precision: 0.91, recall: 0.84 },
    // Round forty-seven's figure file (fig47): f23- (60 messages, 忻州定襄 county 统计局 — 联网直报、四上企业名录、农业普查
    // 准备、经济普查资料开发、GDP 和规上工业核算、统计执法、数据质量核查、住户调查记账户、统计信息发布、分析报告 — 晋语五台片:
    // 甚、咋地、圪节、解不下、日每、夜儿个、不赖、可以哩、兀搭、年时、…咧 = 了; 八十六亿四千万、二十一亿七千万左右、个百分点
    // and 百分之几、小三成、将近两成、出头、没写元的钱、改口, voice input without punctuation, Traditional characters, an Excel
    // table with units in its header and a 「待补」 row) written before the rules changed (first sight on c54f9651: 94.2 % /
    // 95.3 % / 92.0 %, figure kinds 95.1 %). docs/extraction.md, 第四十七轮 fig47.
    "f23-fig47.txt": { clauses: 0.93, precision: 0.94, recall: 0.91 },
    // Round forty-eight's figure file (fig48): f24- (69 messages, 榆林 county 退役军人事务局 — 退役军人服务站、优抚对象走访、
    // 光荣牌悬挂、烈士纪念设施修缮、退役士兵安置和技能培训、就业招聘会、双拥共建、困难帮扶、信访接待、清明和烈士纪念日祭扫 —
    // 陕北晋语: 咋介、圪蹴、婆姨、受苦人、甚、解不下、可地、闹 = 做、咧 = 了; 一千来人、万把块、一千二百来户、十二万四、
    // 四十万六千、百分之九十六点五、三成、一半、个数的人 with the noun far or missing、分三个组 ({三个=3个}组)、没写元的钱、改口、全角数字,
    // an Excel table with units in its header and a 「待补」 row, a numbered list; 文号/电话/12345/第一期/年龄/就一个人/
    // 三十分钟内就得转完 (a limit) that are not figures) written before the rules changed (first sight on 3bfbf58b: 88.4 % /
    // 92.2 % / 88.8 %, figure kinds 89.5 %; 93.2 / 89.7 on the 三个组 label fixed to the open files' way). docs/extraction.md, 第四十八轮 fig48.
    "f24-fig48.txt": { clauses: 0.88, precision: 0.92, recall: 0.88 },
    // Round forty-nine's figure file (fig49): f25- (66 messages, 宁德 county 医疗保障局 — 居民医保参保缴费、基金监管和飞行检查、
    // 定点医药机构检查、打击欺诈骗保、DRG 付费、集采落地、医保码、异地就医备案、门诊慢特病、医疗救助和防返贫监测、村卫生室结算、
    // 经办服务下沉、长护险试点 — 闽东话夹普通话: 伓、无 = 没、侬、囝、厝、今旦、明旦、野 = 很、着 = 得、底时、乞、有去、讲;
    // 二十一万四千人、十八万六、两千一百来万、一百五十来万、六成多、百分之九十五点三、个数的人 (三个侬、二百多个)、每户一千块、
    // 没写元的钱、改口, voice input without punctuation, a 飛行檢查 message in Traditional characters, an Excel table with
    // （万元） in its header and a 「待补」 row, a numbered list, 全角数字; 文号/电话/12393/第九批集采/五个工作日内 (a limit)/
    // 一个侬 that are not figures) written before the rules changed (first sight on 2fc6221c: 91.5 % / 93.4 % / 90.4 %, figure
    // kinds 97.6 %). docs/extraction.md, 第四十九轮 fig49.
    "f25-fig49.txt": { clauses: 0.91, precision: 0.93, recall: 0.9 },
    // Round fifty's figure file (fig50): f26- (60 messages, 襄阳 county 水利局 — 河道清障、小型水库除险加固、农村饮水安全、
    // 灌区续建配套和节水改造、河长制巡河、防汛物资和值班、山洪预警和转移、汛前检查和演练、采砂执法、水土保持、冬修、水费 —
    // 鄂北西南官话: 么子、冇得、冇、蛮、克 = 去、伙计、晓得、么样; 全角数字和标点、千分位 (1,850、３，２８０万元、２６，５００多人次)、
    // 范围 (三到四千人次、一百五六十人)、约数、万元和亿、人次、个百分点、没写元的钱、个数的人、每户多少、改口 (差数改口 多三户 是四十三户);
    // 文号/日期/钟点/三楼/电话/五个工作日内 (a limit)/国庆七天/七十几岁/建成五十多年/就一个人/蛮河 (a river) that are not figures)
    // written before the rules changed (first sight on 0f9e459d: 97.4 % / 90.6 % / 94.1 %, figure kinds 96.9 %).
    // docs/extraction.md, 第五十轮 fig50.
    "f26-fig50.txt": { clauses: 0.97, precision: 0.9, recall: 0.94 },
    // Round fifty-one's figure file (fig51): f27- (60 messages, 佳木斯 county 农业农村局 — 寒地水稻育秧和插秧、大豆玉米春播、
    // 黑土地保护性耕作、秸秆还田和离田、高标准农田、农机合作社和农机检修、春耕备耕农资、农资打假、玉米收储、农业保险、补贴 —
    // 东北话: 整、嘎哈、老鼻子、贼、瞅、吱一声、趴窝、垧; 全角数字和标点、千分位 (25,800、２，３６０人次)、范围 (三千五六百台次、
    // 三到四千人次、七八家)、约数 (一百来垧、小两千吨、出头)、万元和亿、亩和垧、人次、个百分点、没写元的钱、每亩多少、改口、
    // a message in Traditional characters; 文号/日期/钟点/二楼/电话/五个工作日内 (a limit)/国庆八天/第三批/一台都不能落下/
    // 老鼻子 that are not figures) written before the rules changed (first sight on 564a2ad5: 89.9 % / 100.0 % / 96.6 %,
    // figure kinds 94.0 %). docs/extraction.md, 第五十一轮 fig51.
    "f27-fig51.txt": { clauses: 0.89, precision: 1, recall: 0.96 },
    // Round fifty-two's figure file (fig52): f28- (60 messages, 张掖 county 水务局 — 黑河调水和集中闭口、高效节水灌溉、
    // 农业水价综合改革、河长制和河湖四乱、农村饮水安全、水土保持、祁连山生态保护、防汛抗旱、机电井和水源井、采砂执法、冬灌春灌、
    // 冬修 — 河西兰银官话: 啥、咋、阿门、尕、胡都麻达、攒劲、言传; 全角数字和标点、千分位 (１，８６０人次、１２，６００户)、范围
    // (三四个、四五十个、七八个、五六处、二三十回)、约数 (小两亿方、一百来方、小两千方、出头)、万元和亿、亩、立方米和万方、公里、眼、处、
    // 人次、个百分点、没写元的钱、改口, an Excel table pasted with tabs (units in the header, a 「待补」 row); 文号/日期范围/钟点/
    // 三楼/电话/五个工作日内 (a limit)/国庆八天/第二批/一眼都不能落下/就一个人/七十多岁/建成四十多年 that are not figures)
    // written before the rules changed (first sight on e51207ea: 95.1 % / 100.0 % / 100.0 %, figure kinds 96.6 %).
    // docs/extraction.md, 第五十二轮 fig52.
    "f28-fig52.txt": { clauses: 0.95, precision: 1, recall: 1 },
    // Round fifty-three's figure file (fig53): f29- (60 messages, 凉山 county 自然资源和规划局 — 不动产登记、耕地保护和
    // 非粮化排查、卫片执法、地质灾害防治、国土空间规划和村庄规划、增减挂钩、矿山生态修复、林长制、宅基地、测绘 — 西南官话: 啥子、
    // 咋个、巴适、要得、安逸、撇脱、莫得、搞忘了; written hard: 改口 inside a message (不对 是、哦说错了、前面报的九个作废)、范围
    // (三四十个、两三百亩、七八百个、六七百万)、约数 (小两百、小二十、一千出头、一个亿出头、三成多、万把块)、千分位 (3,260、１２，８００)、
    // 全角数字、万元/亿元/公顷/亩/平方米/平方公里、百分点和百分之、an Excel table with tabs (units in the header, 完成率, 「待补」)、
    // figures in 问题/计划 clauses、地块面积; 文号/日期/钟点/四楼/电话/12336/地块编号 DX-2026-07/1:500 比例尺/第三批/五个工作日内/
    // 九等地/排全州第九/掉了三位/种了两季/国庆七天 that are not figures) written before the rules changed (first sight on f23fc133:
    // 91.5 % / 93.3 % / 94.2 %, figure kinds 96.9 %; 93.6 / 95.2 / 95.2 / 98.0 on four relabels to the open files' way;
    // after the round 95.7 / 100 / 98.1). docs/extraction.md, 第五十三轮 fig53.
    "f29-fig53.txt": { clauses: 0.95, precision: 1, recall: 0.98 },
    // Round fifty-four's figure file (fig54): f30- (60 messages, 伊犁 county 农业农村局 — 棉花和滴灌、高标准农田、奶业和畜牧、
    // 伊犁马、薰衣草、冷水鱼、皮牙子、农机合作社和购置补贴、农资打假、动物防疫、农业保险、兵地融合、改厕 — 新疆汉话: 啥、咋、撒、娃子、
    // 丫头子、歹、亚克西、胡里马汤; written hard: 改口 (不对 是、哦不对 那是去年的、刚才说的…不算)、范围 (七八十台、三四家、十五六万)、
    // 约数 (小一千、两千来亩、八百来户、两千亩出头、三百米出头)、千分位 (3,860、２２，６４０)、全角数字、万元/亿元/块/毛、亩/头/只/尾/匹/吨/公斤、
    // 同比/环比和百分点、an Excel table with tabs (units in the header, 「待补」)、figures in 问题/计划 clauses and repeated ones;
    // 文号/日期/钟点/三楼/电话/地块编号 YL-2026-15/七十二团/第二批/五个工作日内/国庆八天没出啥事/六十多岁/用了不到半年 that are not
    // figures) written before the rules changed (first sight on 6281b9d2: 95.9 % / 99.1 % / 100.0 %, figure kinds 95.6 %).
    // docs/extraction.md, 第五十四轮 fig54.
    "f30-fig54.txt": { clauses: 0.95, precision: 0.99, recall: 1 },
    // Round fifty-five's figure file (fig55): f31- (60 messages, 舟山 county 海洋与渔业局 — 远洋渔业、海洋捕捞和冬汛带鱼、深水网箱
    // 大黄鱼、增殖放流、伏季休渔和渔政执法、渔船安全、渔港、海上风电、海岛旅游、渔业互助保险、台风和寒潮 — 吴语/舟山话: 伐、侬、阿拉、
    // 交关、邪气、晓得伐、弄好了; written harder than f30: 改口 (不对 是、哦说错了 是、前面报的…作废 after the figure)、范围和约数
    // (七八十艘、小两万尾、一百四十来艘、小一万人)、千分位 (6,850万元、１２，５００份)、1.5k/3k/1.2w/4.8w人次、吨/艘/艘次/人次/尾/口/顶/
    // 公顷/千瓦、同比/环比和百分点、六成、an Excel table with tabs (units in the header, 「待补」)、typhoon and cold-snap losses (problems,
    // not work done)、repeated figures; 文号/日期 2/26 8.12 11.23 11/20/电话/船号 浙岱渔03215/6号台风/阵风12级/4号风电场/船龄二十年以上/
    // 24小时/国庆七天/五个工作日内 that are not figures) written before the rules changed (first sight on 1fe2a6b5: 93.1 % / 96.9 % /
    // 97.6 %, figure kinds 92.7 %). docs/extraction.md, 第五十五轮 fig55.
    "f31-fig55.txt": { clauses: 0.93, precision: 0.96, recall: 0.97 },
    // Round fifty-six's figure file (fig56): f32- (60 messages, a 河池 county's 科技 and 农业 office — 桑蚕、糖料蔗、核桃高接换种、
    // 长寿食品企业、石漠化治理、易地搬迁后续扶持、科技特派员、铜鼓山歌科普 — 桂柳话: 冇、得、好多、哪样、搞得、讲、嘛、咯; written harder
    // than f31: good news after a visit (有两家营收比去年翻番), 研发费用翻番, 「还有」 opening one more thing done, 编制/在岗 short-handed,
    // 小年/暑假 opening a stretch, a correction inside 兑付了, long run-on messages, an Excel table, voice-typing homophones, 1.2w/5k/2k/3.2k,
    // dates 3.5 5.20 7.28 and 国庆放假7天 that are not figures) written before the rules changed (first sight on 19269be9: 91.7 % /
    // 94.8 % / 99.1 %, figure kinds 88.2 %). docs/extraction.md, 第五十六轮 fig56.
    "f32-fig56.txt": { clauses: 0.91, precision: 0.94, recall: 0.99 },
  };
  for (const [file, floor] of Object.entries(OPEN_FLOORS)) {
    it(`rules on the open own batch ${file}: above its floor`, async () => {
      const cases = all.filter((c) => c.id.startsWith(`${file}:`));
      expect(cases.length).toBeGreaterThanOrEqual(25);
      const r = rates(await scoreSplit(cases, rules));
      expect(r.clauseAccuracy).toBeGreaterThanOrEqual(floor.clauses);
      expect(r.figurePrecision).toBeGreaterThanOrEqual(floor.precision);
      expect(r.figureRecall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
  const blindFiles = [...new Set(all.filter((c) => c.split === "blind").map((c) => c.id.split(":")[0]!))];

  it("keeps the blind batches apart and their labels consistent", () => {
    expect(blindFiles).toEqual(expect.arrayContaining(["13-mangce.txt", "14-liuchu.txt"]));
    const blind = all.filter((x) => x.split === "blind");
    // A message with no work at all (all |-|, 「收到」) may be in a batch, as in real chat, but few.
    expect(blind.filter((c) => c.clauses.length === 0).length).toBeLessThan(blind.length / 20);
    for (const c of blind) {
      for (const f of c.figures) {
        // A labelled figure is words of the message, never a date, a year or a phone number.
        expect(c.text, `${c.id} ${f.raw}`).toContain(f.raw);
        expect(f.raw, c.id).not.toMatch(/^\d{4}年$|^\d{1,2}月|^\d{3,4}-\d{7,8}$/);
        // 「12月3日」 is a date; 「培训3日」 (粤 and written Chinese: three days) counts days.
        const before = c.text.slice(0, c.text.indexOf(f.raw));
        expect(/日$/.test(f.raw) && /月\s*$/.test(before), `${c.id} ${f.raw}`).toBe(false);
        expect(Number.isFinite(f.value) && f.value > 0, `${c.id} ${f.raw}`).toBe(true);
      }
    }
  });

  for (const file of blindFiles) {
    it(`rules on the blind batch ${file}: scored and printed${FLOORS[file] ? ", above its floor" : ""}`, async () => {
      const cases = all.filter((c) => c.id.startsWith(`${file}:`));
      // A re-check file written after a round's fixes may be shorter (92-qianyi18: 40; round twenty-four's
      // brief asks 30 or more of its re-check file, c7-qianyi24: 32).
      expect(cases.length).toBeGreaterThanOrEqual(30);
      const r = rates(await scoreSplit(cases, rules));
      const p = (x: number) => `${(100 * x).toFixed(1)} %`;
      console.log(
        `blind batch ${file} (${cases.length}): clause kinds ${p(r.clauseAccuracy)}, figure precision ${p(r.figurePrecision)}, recall ${p(r.figureRecall)}, figure kinds ${p(r.figureKindAccuracy)}`,
      );
      const floor = FLOORS[file];
      if (!floor) return;
      expect(r.clauseAccuracy).toBeGreaterThanOrEqual(floor.clauses);
      expect(r.figurePrecision).toBeGreaterThanOrEqual(floor.precision);
      expect(r.figureRecall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});

describe("the corpus notation", () => {
  it("reads clauses, figures with automatic and explicit values, and line breaks", () => {
    const c = parseReportLine(
      "|D|培训{1.2万余人次}，走访{两家=2家}⏎|P|明年力争{百分之十五=15%}",
      "x:1",
      "2025-12-10",
    );
    expect(c.text).toBe("培训1.2万余人次，走访两家\n明年力争百分之十五");
    expect(c.clauses.map((k) => k.kind)).toEqual(["done", "plan"]);
    expect(c.figures).toEqual([
      { raw: "1.2万余人次", value: 12000, unit: "人次", kind: "achieved" },
      { raw: "两家", value: 2, unit: "家", kind: "achieved" },
      { raw: "百分之十五", value: 15, unit: "%", kind: "target" },
    ]);
  });

  it("refuses lines it cannot read rather than guessing", () => {
    expect(() => parseReportLine("培训3期", "x:1", "2025-12-10")).toThrow(/starts with/);
    expect(() => parseReportLine("|D|走访{两家}", "x:2", "2025-12-10")).toThrow(/cannot read figure/);
    expect(() => parseReportLine("|-|收到{3个}", "x:3", "2025-12-10")).toThrow(/\|-\|/);
  });
});
