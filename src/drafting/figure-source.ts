import type { DraftPart, DraftVersion } from "./draft-model.js";
import { partLabel } from "./resolve-part.js";
import type { SourceLabel } from "./review-view.js";

/**
 * Where a figure of the draft stands and which reports it came from — for a figure questioned inside
 * a 重写/退回 instruction, or asked about on its own (figure-question.ts reads the question). The
 * drafter copies figures from the reports and never changes one, so each answer also says who can
 * (修改) or how the reviewer writes the sentence themself (改写).
 */
interface Located {
  places: string[];
  sources: string[];
  firstPart?: DraftPart;
}

/** The places in these parts that hold the figure (as said, or its number alone) and their sources. */
export function locateFigure(
  v: DraftVersion,
  parts: DraftPart[],
  figure: string,
  label?: SourceLabel,
): Located {
  const number = /\d[\d.]*(?:万|亿)?[\u4e00-\u9fff%]?/u.exec(figure)?.[0] ?? figure;
  const inText = (t: string) => t.includes(figure) || t.includes(number);
  const places: string[] = [];
  const sources = new Set<string>();
  let firstPart: DraftPart | undefined;
  for (const p of parts) {
    const said = p.paragraphs.filter(inText);
    if (said.length > 0 || (p.closing !== undefined && inText(p.closing))) places.push(partLabel(v, p));
    // A section's lead paragraph knows its sources (lead55: DraftPart.leadSources).
    for (const t of said) {
      for (const id of p.leadSources?.[t] ?? []) sources.add(label ? label(id) : id);
      if (p.leadSources?.[t]?.length) firstPart ??= p;
    }
    p.items.forEach((i, n) => {
      if (!inText(`${i.title}${i.text}`)) return;
      places.push(`${partLabel(v, p)}第${n + 1}条`);
      firstPart ??= p;
      for (const id of i.sourceIds) sources.add(label ? label(id) : id);
    });
  }
  return { places, sources: label ? [...sources] : [], firstPart };
}

/** A figure questioned inside a 重写/退回 instruction: said where it is, and that it was not changed. */
export function figureAnswer(
  v: DraftVersion,
  parts: DraftPart[],
  st: { figure: string; said: string },
  label?: SourceLabel,
): string {
  const { places, sources, firstPart } = locateFigure(v, parts, st.figure, label);
  if (places.length === 0) return `「${st.said}」：草稿里没有「${st.figure}」，没有改动`;
  const from = sources.length > 0 ? `，来自填报${sources.join("、")}` : "";
  const where = firstPart ? partLabel(v, firstPart) : "（几）";
  return `「${st.said}」：「${st.figure}」在${places.join("、")}${from}。草稿里的数字照填报材料写，离线草稿不能改数字：填报原文写错了，请填报人「修改」那条填报后重新生成；是草稿写法不对（单位、说法），可以「改写 ${where} 新的文字」自己改这一条`;
}

/**
 * A figure asked about on its own (查看草稿 [part] 数字 86万): where it stands and who reported it;
 * nothing changes. Not in the part named, the rest of the draft is searched and the reply says so.
 */
export function figureSourceText(
  v: DraftVersion,
  figure: string,
  label?: SourceLabel,
  part?: DraftPart,
): string {
  const inPart = part ? locateFigure(v, [part], figure, label) : undefined;
  const found = inPart?.places.length ? inPart : locateFigure(v, v.parts, figure, label);
  const notInPart = part && !inPart?.places.length ? `${partLabel(v, part)}里没有「${figure}」；` : "";
  if (found.places.length === 0)
    return `草稿 v${v.version} 里没有「${figure}」。发送「查看草稿」可以看全文和每条的来源。`;
  const from =
    found.sources.length > 0
      ? `，来自填报${found.sources.join("、")}`
      : "（这一处是段落文字，没有逐条标来源）";
  const where = found.firstPart ? partLabel(v, found.firstPart) : "（几）";
  return `${notInPart}「${figure}」在${found.places.join("、")}${from}。草稿里的数字照填报材料写：数字不对，请填报人「修改」那条填报后重新生成；写法不对，可以「改写 ${where} 新的文字」。`;
}
