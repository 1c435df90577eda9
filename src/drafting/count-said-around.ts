import type { Rewrite } from "./whole-phrases.js";

/**
 * Trial40, the leader's draft after a console cycle: two spoken ways around a count that a 公文 writer would not let
 * through, each a class of its own.
 * - An estimate said twice (大概…左右、大约在…上下) came out 「约约8000块」 or 「大概在约8000块」 (the opening, too): one hedge is
 *   written, 约 before the figure: 大概在八千块左右 → 约8000块, 大约两千元上下 → 约2000元, 大概在3吨 → 约3吨.
 * - Who came, said as a clause with 的 and 有 (参加的居民有300多人、来听课的群众有200多人、到场的家长有80多人): the group
 *   and its count as written, 参加居民300多人、听课群众200多人 (the 来 of coming goes, as crowdCame writes 来了).
 */
const NUM = "[\\d.一二两三四五六七八九十百千万亿几]";
const HEDGE = "(?:大概|大约|差不多|估计|大致|估摸)";
const WHO =
  "(?:群众|居民|村民|学生|农民|家长|党员|干部|职工|人员|老人|妇女|游客|观众|师生|企业|农户|种植户|种粮大户|养殖户|代表|专家)";
const CAME = "(?:参加|参与|到场|听课|参训|观看|听讲座|听讲|到会|报名|受训|培训)"; // draft44: 培训的农民有、来听讲座的居民

export const COUNT_SAID_AROUND: Array<[RegExp, Rewrite]> = [
  // 上下 of 上下班/上下游/上下级 is no hedge (review40b: 估计8点上下班 → 「约8点班」).
  [
    new RegExp(`${HEDGE}(?:在|有|是)?(${NUM}+[^\\s，,。；;！!]{0,4}?)(?:左右|上下(?![班车楼游级学]))`, "gu"),
    "约$1",
  ],
  [new RegExp(`${HEDGE}在(?=${NUM})`, "gu"), "约"],
  // The 来 of coming, not the one closing 后来、本来、原来、从来 (review40b: 后来参加的群众 → 「后参加群众」).
  [
    new RegExp(
      `(?:(?<![后本原从向近未将历素起过回进出上下])来)?(${CAME})的(${WHO})(?:一共|总共|共)?(${HEDGE})?有?(约)?(?=${NUM})`,
      "gu",
    ),
    // draft43b: the estimate stays one (听课的党员大约两百人 → 听课党员约200人, never 200人).
    (_m: string, came: string, who: string, hedge?: string, about?: string) =>
      `${came}${who}${hedge || about ? "约" : ""}`,
  ],
];
