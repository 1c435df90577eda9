import { blanks } from "./count-placeholders.js";
import { type Draft, type DraftVersion, latestVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";

/**
 * review56: 「这个×是啥」「那个×咋整」 — a leader reading the draft asks what a 「×」 stands for. Each 「×」 is said where it
 * stands (the part and its item, in the draft's words), who reported that item (the 〔来源〕 label, 李明#1) and so who can
 * fill the figure in: the reporter through 「修改」 of that update (the draft takes it on the next 生成总结), or the leader
 * at once with 「改写 （一） 第1条 …」. A 「×」 in a paragraph without a source is only said where it stands.
 */
export function blankLines(v: DraftVersion, label: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const p of v.parts) {
    const name = partLabel(v, p);
    // A figure the model misquoted was replaced with 「×」 (ground-figures.ts): said so, not taken for one nobody had.
    const why =
      p.unverified.length > 0
        ? `草稿里的数字和填报材料对不上（${p.unverified.join("、")}），已换成「×」`
        : "报的时候还没有这个数字，草稿不猜数，先写作「×」";
    p.items.forEach((it, i) => {
      const text = `${it.title}${it.text}`;
      if (blanks(text).length === 0) return;
      const who = it.sourceIds.map(label);
      const by = who.length > 0 ? `，是${who.join("、")}报的这条` : "";
      const fill =
        who.length > 0
          ? `有了数字请${who.map((w) => w.replace(/#\d+$/u, "")).join("、")}「修改」那条填报，重新生成后补上；或您直接「改写 ${name} 第${i + 1}条 …」填上`
          : `有了数字可以「改写 ${name} 第${i + 1}条 …」填上`;
      lines.push(`· ${name}第${i + 1}条「${shorter(text)}」${by}；${why}。${fill}。`);
    });
    for (const t of [...p.paragraphs, p.closing ?? ""])
      if (blanks(t).length > 0) lines.push(`· ${name}的段落「${shorter(t)}」里有「×」：${why}。`);
  }
  return lines;
}

/** The answer to 「这个×是啥」 (待核实 ×): each 「×」 of the latest version, or that it has none. */
export function blanksAnswer(d: Draft, label: (id: string) => string): string {
  const v = latestVersion(d);
  const lines = blankLines(v, label);
  if (lines.length === 0)
    return `${v.title} v${v.version} 里没有「×」。「×」是草稿里先空着的数字（填报时说数字还没出来，或草稿里的数和材料对不上），这一版没有；发送「待核实」可以看其他要核对的内容。`;
  return `「×」是草稿里先空着的数字，${v.title} v${v.version} 有 ${lines.length} 处：\n${lines.join("\n")}\n草稿没有改动。`;
}

function shorter(t: string): string {
  const cs = [...t];
  return cs.length > 40 ? `${cs.slice(0, 40).join("")}…` : t;
}
