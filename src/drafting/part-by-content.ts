import type { DraftPart } from "./draft-model.js";

/**
 * A part named by what it says rather than by its name (round fifty-one, console trial): 「技术合同那块写得太简单了」 — no
 * section is called 技术合同, and the name search cut the word to 技术 and took （五）高新技术企业与创新平台, while 技术合同
 * was written in （四）. A topic word that no section's name holds is looked for in the parts' text (items and paragraphs;
 * the opening, which sums up the others, only when nothing else holds it): one part holding it is the part meant, several
 * are asked about, none leaves the name search to go on.
 */
const TOPIC =
  /^([\u4e00-\u9fff]{2,8}?)(?=$|[\s,，:：、。；;]|(?:那|这)一?(?:块|段|部分|方面)|的(?:内容|部分|那))/u;

export function partsSaying(
  parts: DraftPart[],
  text: string,
): { topic: string; hits: DraftPart[] } | undefined {
  const topic = TOPIC.exec(text)?.[1];
  if (!topic || parts.some((p) => p.sectionName?.includes(topic))) return undefined;
  const says = (p: DraftPart) =>
    [...p.paragraphs, ...p.items.flatMap((i) => [i.title, i.text])].some((s) => s.includes(topic));
  const body = parts.filter((p) => p.kind !== "opening" && says(p));
  const hits = body.length > 0 ? body : parts.filter((p) => p.kind === "opening" && says(p));
  return hits.length > 0 ? { topic, hits } : undefined;
}
