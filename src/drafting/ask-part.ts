import type { Reply } from "../conversation/types.js";
import { type Draft, type DraftPart, latestVersion } from "./draft-model.js";
import { partLabel, partName } from "./resolve-part.js";
import { withSubject } from "./review-view.js";

/**
 * One line asking which part was meant (「第三部分」 may be 三、工作计划 or （三）…), with a button
 * per candidate that sends the same command with the part named unambiguously.
 */
export function askWhichPart(verb: string, d: Draft, candidates: DraftPart[], rest: string): Reply {
  const v = latestVersion(d);
  const names = candidates.map((p) => `「${partName(v, p)}」`).join("还是");
  const tail = rest ? ` ${rest}` : "";
  const text = `您说的是${names}？请点选，或发送如「${verb} ${partLabel(v, candidates[0] as DraftPart)}${tail}」。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "请确认是哪一部分",
      template: "orange",
      blocks: [text],
      buttons: withSubject(
        d,
        candidates.map((p) => ({ label: partName(v, p), command: `${verb} ${partLabel(v, p)}${tail}` })),
      ),
    },
  };
}

/**
 * A rewrite instruction with no part named (「写短一点」): one line asking which part, a button
 * per part that sends the rewrite with that part and the same instruction. Nothing is changed.
 */
export function askForPart(verb: string, d: Draft, rest: string): Reply {
  const v = latestVersion(d);
  const tail = rest ? ` ${rest}` : "";
  const said = rest ? `「${rest}」` : "";
  const text = `要${verb}哪一部分${said}？请点选，或发送如「${verb} （二）${tail}」「${verb} 问题${tail}」。草稿没有改动。`;
  return {
    text,
    textIsCardCopy: true,
    card: {
      title: "请选择要修改的部分",
      template: "orange",
      blocks: [text],
      buttons: withSubject(
        d,
        v.parts.map((p) => ({ label: partName(v, p), command: `${verb} ${partLabel(v, p)}${tail}` })),
      ),
    },
  };
}
