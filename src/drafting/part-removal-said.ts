import type { DraftPart, DraftVersion } from "./draft-model.js";
import { partLabel, partName } from "./resolve-part.js";

/**
 * dlg52 (lead51's console trial): 「把高企那块删了」「科普那部分不要了」 — a whole part of the draft asked to go. The review
 * commands change a part's words and never take a part out of the document; said honestly, with what does happen: 定稿
 * leaves out every part with no material (its heading too, the numbers after it moved up), and a part with material can
 * lose a sentence (重写 … 把…那句删掉) or be written over in the leader's words (改写). Nothing is changed.
 */
export function wholePartAnswer(v: DraftVersion, part: DraftPart): string {
  const name = partName(v, part);
  const label = partLabel(v, part);
  const printed = "定稿版不印没有填报材料的部分（连同标题，后面的编号顺延）";
  if (part.origin === "placeholder")
    return `草稿不能整块删掉一个部分。${name}现在没有填报材料，只是占位语：${printed}，所以不用删。这次没有改动草稿。`;
  return (
    `草稿不能整块删掉一个部分：重写只改${name}的文字；它有填报材料，定稿时会印出来（${printed}）。` +
    `要去掉其中某句，请发「重写 ${label} 把…那句删掉」；要换成您自己的文字，发「改写 ${label} 新的文字」（每行一条）。这次没有改动草稿。`
  );
}
