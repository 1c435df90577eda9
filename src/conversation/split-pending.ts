import { sectionName } from "../domain/org.js";
import { splitBySection } from "../domain/split-by-section.js";
import { extractedFields } from "../domain/update.js";
import { extractText } from "./extract-text.js";
import { addDraft, type Known, SPLIT_NOTE, splitText } from "./intake.js";
import { cardReply, confirmCard, updateSubject } from "./render-update.js";
import { setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * 「都有啊 前面是高企的 后面是项目的」 in answer to 「这条内容属于哪个科室？」: the draft holds the work
 * of two sections. It is cut into one draft per section (the first keeps its number) when the text
 * allows it with what was said — one keyword a part, or the order said; otherwise one question with
 * a button per section, and nothing is changed.
 */
export async function splitPendingDraft(
  services: Services,
  input: Known,
  updateId: string,
  said: { sections: string[]; ordered: boolean },
): Promise<Reply[]> {
  const { store, org } = services;
  const u = await store.getUpdate(updateId);
  if (u?.status !== "draft") return [{ text: "那条填报已经不是草稿了，科室没有改动。" }];
  const ex = await extractText(services, u.originalText);
  const parts = splitBySection(ex, org, said.sections, { ordered: said.ordered });
  if (!parts) {
    const names = said.sections.map((id) => `「${sectionName(org, id)}」`).join("和");
    return [
      cardReply({
        title: `#${u.seq} 我分不准从哪里分开`,
        template: "orange",
        blocks: [
          `这条里我看不出哪几句是${names}的。可以整条先归到一个科室，确认前「修改 ${u.seq}」只留一个科室的内容，另一个科室的单独再发一条；或者撤回后分成两条重新发送。`,
        ],
        buttons: [
          ...said.sections.map((id) => ({
            label: `整条归${sectionName(org, id)}`,
            command: `科室 ${sectionName(org, id)}`,
            subject: updateSubject(u),
          })),
          { label: "撤回重发", command: `撤回 ${u.seq}`, subject: updateSubject(u) },
        ],
        note: "分成两条重新发送时，每条说清是哪个科室的工作即可。",
      }),
    ];
  }
  const at = services.clock.now().toISOString();
  const [first, ...rest] = parts;
  const head = await store.modifyUpdate(u.id, (x) => ({
    ...x,
    ...extractedFields(first!.text, first!.extraction),
    section: first!.section,
    updatedAt: at,
    history: [
      ...x.history,
      {
        at,
        by: input.person.id,
        action: "section-changed",
        note: `${x.section} → ${first!.section}（${SPLIT_NOTE}）`,
        messageId: input.messageId,
      },
    ],
  }));
  const drafts = [head];
  for (const p of rest)
    drafts.push(await addDraft(services, input, p.text, p.extraction, p.section, u.source, SPLIT_NOTE));
  await setState(
    store,
    input.person.id,
    { mode: "choose-draft", seqs: drafts.map((d) => d.seq) },
    stampOf(services, input),
  );
  return [{ text: splitText(org, drafts) }, ...drafts.map((d) => confirmCard(org, d))];
}
