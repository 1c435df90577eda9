import type { Person } from "../domain/org.js";
import type { CommandContext, Reply } from "../conversation/types.js";

/**
 * Who hears of a 退回: the office (admins) gets the notice with the draft's card; staff named in the comment
 * (roster names: 「请李明补充研发投入数据」) get the comment and how to add material. The leader is told whom it
 * reached — only the deliveries that succeeded; a failed one is named as not delivered, never claimed.
 */
export interface ReturnNotices {
  /** The office's notice (who sent it back, the comment), with the draft's card. */
  office: Reply;
  leaderName: string;
  comment: string;
  title: string;
  version: number;
}

export async function sendReturnNotices(ctx: CommandContext, n: ReturnNotices): Promise<string> {
  const { org, outbox, log } = ctx.services;
  const me = ctx.person.id;
  const named = org.people.filter((p) => p.id !== me && p.name.length >= 2 && n.comment.includes(p.name));
  const office = org.people.filter((p) => p.role === "admin" && p.id !== me && !named.includes(p));
  if (!outbox) return office.length + named.length > 0 ? "（当前没有接入消息通道，没有通知任何人。）" : "";
  const reached: { office: Person[]; named: Person[] } = { office: [], named: [] };
  const failed: Person[] = [];
  const send = async (p: Person, reply: Reply, into: Person[]) => {
    try {
      await outbox.sendToPerson(p.id, reply);
      into.push(p);
    } catch (e) {
      failed.push(p);
      log.warn("drafting: return notice not delivered", { to: p.id, error: String(e) });
    }
  };
  for (const p of office) await send(p, n.office, reached.office);
  for (const p of named) await send(p, { text: namedNotice(n, p) }, reached.named);
  const names = (ps: Person[]) => ps.map((p) => p.name).join("、");
  const parts = [
    reached.office.length > 0 ? `办公室（${names(reached.office)}）` : "",
    reached.named.length > 0 ? `意见里点到的${names(reached.named)}（已告诉怎么补充材料）` : "",
  ].filter(Boolean);
  return [
    parts.length > 0
      ? `已通知：${parts.join("；")}。`
      : office.length + named.length > 0
        ? "没有通知到任何人。"
        : "",
    failed.length > 0 ? `${names(failed)}没有发送成功，请另行告知。` : "",
  ]
    .filter(Boolean)
    .join("");
}

/** To staff named in the comment: what was said of them, and how to add the material. */
function namedNotice(n: ReturnNotices, p: Person): string {
  return [
    `${n.leaderName}退回了《${n.title}》v${n.version}，意见里提到了您：${n.comment}`,
    `需要补充的材料直接发给我（做了什么、关键数据），确认后就计入总结，办公室重新生成时会用上。${p.role === "admin" ? "" : "有疑问可以联系办公室。"}`,
  ].join("\n");
}
