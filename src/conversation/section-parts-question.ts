import { extractUpdate } from "../domain/extract.js";
import { type Org, sectionName } from "../domain/org.js";
import { looseSectionParts } from "../domain/split-by-section.js";
import type { Update } from "../domain/update.js";
import { cardReply, updateSubject } from "./render-update.js";
import type { Reply } from "./types.js";

/**
 * 「成果对接会开了2场；另外引进了2名博士」 from someone who reports for 成果转化 and 人才: each run of the
 * message points at a different one of the author's sections, by one keyword only. The section question
 * then shows the parts under their sections and offers to split them (「分成两条」), or to file the
 * whole under one — never one section's work under the other without the author seeing it.
 * Undefined when the message does not fall into such parts.
 */
export function sectionPartsQuestion(org: Org, options: readonly string[], u: Update): Reply | undefined {
  if (options.length < 2) return undefined;
  const parts = looseSectionParts(extractUpdate(u.originalText, org, { today: u.date }), org, options);
  if (!parts) return undefined;
  const count = parts.length === 2 ? "两" : String(parts.length);
  const subject = updateSubject(u);
  return cardReply({
    title: `这条内容（#${u.seq}）属于哪个科室？`,
    template: "orange",
    blocks: [
      `看起来是${count}块工作：\n${parts.map((p) => `· ${sectionName(org, p.section)}：${p.text.replace(TURN, "")}`).join("\n")}`,
      `要分成${count}条、各记到自己的科室吗？也可以整条记到一个科室：\n${options
        .map((id, i) => `${i + 1}. ${sectionName(org, id)}`)
        .join("\n")}`,
    ],
    buttons: [
      {
        label: `分成${count}条`,
        command: splitCommand(
          org,
          parts.map((p) => p.section),
        ),
        typed: `分成${count}条`,
        style: "primary",
        subject,
      },
      ...options.map((id) => ({
        label: `整条归${sectionName(org, id)}`,
        command: `科室 ${sectionName(org, id)}`,
        subject,
      })),
    ],
    note: `回复「分成${count}条」；或回复序号、科室名称，整条记到一个科室。`,
  });
}

/** A turn word opening a part (另外、还有、再一个就是): not part of the work shown. */
const TURN = /^(?:另外|此外|还有|同时|再一个(?:就是)?|再就是)[，,\s]*/;

/** The section ids of the parts first, in message order, then the others: what a bare number picks. */
export function partsFirst(org: Org, options: readonly string[], u: Update): string[] {
  if (options.length < 2) return [...options];
  const parts = looseSectionParts(extractUpdate(u.originalText, org, { today: u.date }), org, options);
  const first = parts?.map((p) => p.section) ?? [];
  return [...first, ...options.filter((id) => !first.includes(id))];
}

/**
 * 「都有 前面是成果转化的 后面是人才的」: the answer that splits the draft in the order shown (the
 * section answer reads the order), each section by its shortest name.
 */
function splitCommand(org: Org, sections: readonly string[]): string {
  const short = (id: string) => {
    const s = org.sections.find((x) => x.id === id);
    const words = [s?.name ?? id, ...(s?.aliases ?? [])].filter((w) => [...w].length >= 2);
    return words.sort((a, b) => a.length - b.length)[0] ?? id;
  };
  const names = sections.map(short);
  const middle = names.slice(1, -1).map((n) => ` 然后是${n}的`);
  return `都有 前面是${names[0]}的${middle.join("")} 后面是${names[names.length - 1]}的`;
}
