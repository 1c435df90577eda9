import { toSimplified } from "../domain/normalize.js";
import { dialectWritten } from "../drafting/dialect-written.js";
import { eventName } from "./card-label-before.js";

/**
 * draft53: a work named alone at the start of a message, then what was done in it, with no 这块 to mark it a topic
 * (「非遗进校园 搞了一些些 大概十几场」「农家书屋 换书1.2万多册」「海岛巡诊去了涠洲岛和斜阳岛 一共二十四趟」): the card's row
 * read 「10余场」「换书 1.2万多册」「24次」 — of what? A label left empty after its fillers takes the work named in the clauses
 * before (skipping one that is only chat, 搞了一些些); a label of two characters takes a work named alone first
 * (农家书屋换书 1.2万多册). Only the card's display: what is stored stays as said.
 */

/** A label that says nothing of what is counted once its chat goes (一共、大概、搞了一些些). */
const EMPTY =
  /^(?:一共|总共|共|大概|大约|差不多|累计|搞了|弄了|做了|搞|弄|做|搞了一些些|一些些|全年|今年)*$/u;
/** A label that says the work was done (搞掂咗 = 完成): the work named alone before it is what was done. */
const DONE_VERB = /^(?:已|已经)?(?:完成|建成|验收|搞完|做完|搞定)$/u;
/** A work named alone: 2–8 characters with no verb done, no figure and no pause word. */
const NAMED_ALONE = /^[\u4e00-\u9fff]{2,10}$/u;
/**
 * draft56: a verb of putting a thing on a register or granting it a status (新增认定、入库、备案、评定) counts the thing named
 * alone before it — 「高新技术企业 新增认定3家」 is 3 firms recognised, the card showed 「新增认定 3家」 of nothing.
 */
const REGISTERED =
  /^(?:新|新增|共|累计|已|已经)?(?:认定|入库|备案|评定|认证|登记|挂牌|授牌|命名|评上|通过认定|获批)$/u;
const DONE = /[了咗过着][\u4e00-\u9fff]?|搞|弄|做|这块|那块|那边|方面|我们|今年|全年/u;

/** The clauses of `text` before the one holding `raw`, nearest first, as the draft writes them. */
function clausesBefore(text: string, raw: string): string[] {
  const clauses = toSimplified(text).split(/[，,。；;\s]+/u);
  const at = clauses.findIndex((c) => c.includes(toSimplified(raw)));
  return at < 1 ? [] : clauses.slice(0, at).reverse();
}

/** The topic a figure's row takes from the clauses before it, or undefined (see module comment). */
export function leadTopic(text: string, raw: string, label: string): string | undefined {
  const before = clausesBefore(text, raw);
  if (before.length === 0) return undefined;
  // 「换书换了」: the verb said twice, once in the work's name, is the name (换书).
  const bare = label
    .replace(/[\s，,]/gu, "")
    .replace(/[了咗]$/u, "")
    .replace(/^([\u4e00-\u9fff])([\u4e00-\u9fff])\1$/u, "$1$2");
  if (EMPTY.test(bare)) {
    for (const c of before) {
      if (!dialectWritten(c).replace(/[\s，,]/gu, "")) continue; // only chat (搞了一些些)
      return eventName(c);
    }
    return undefined;
  }
  const first = before[before.length - 1] ?? "";
  if (before.length !== 1 || !NAMED_ALONE.test(first) || DONE.test(first)) return undefined;
  if (DONE_VERB.test(dialectWritten(bare))) return first;
  if (REGISTERED.test(bare)) return first;
  if (bare.length === 2) return `${first}${bare}`;
  // 「慢病管理 管了九百多个」: the verb is the head of the work's last word — the work is the row's label.
  if (bare.length === 1 && first.slice(-2).startsWith(bare)) return first;
  return undefined;
}
