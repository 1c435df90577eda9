import { randomUUID } from "node:crypto";
import type { Outbox, Reply } from "../../conversation/types.js";
import type { Org } from "../../domain/org.js";
import { AppError, errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { FeishuApi, ReceiveIdType } from "./api.js";
import { deliverReplies } from "./deliver-reply.js";
import type { IdentityResolver } from "./identity.js";
import type { QuotedMessages } from "./quoted-messages.js";
import { replyCard, splitCard } from "./render-card.js";

export interface FeishuOutboxDeps {
  api: FeishuApi;
  identity: Pick<IdentityResolver, "openIdOf">;
  org: Org;
  log: Logger;
  /**
   * What the bot sent, for a person's quote-reply to it (quoted-messages.ts), shared with the dispatcher: a 回复 to the
   * weekly reminder (「这礼拜一直在外头 局里的活没干」) is read as answering 「本周工作进展填报提醒」, its card's title.
   */
  quotes?: Pick<QuotedMessages, "remember">;
}

/**
 * Pushes that are not replies (reminders, digests, progress). The person is reached by the
 * open_id we know (roster or learnt from a message), else the roster's user_id, else email —
 * all three are receive_id types im.message.create accepts. With `updateKey`, the card sent
 * earlier under that key is patched in place (progress cards); the ids live in memory, so
 * after a restart a new message is sent instead.
 */
export function createFeishuOutbox(deps: FeishuOutboxDeps): Outbox {
  const { api, identity, org, log, quotes } = deps;
  const sent = new Map<string, { messageId: string; receiver: string }>();

  async function receiverOf(personId: string): Promise<{ type: ReceiveIdType; id: string }> {
    const person = org.people.find((p) => p.id === personId);
    if (!person) throw new AppError("NOT_FOUND", `no person "${personId}" in the roster`);
    const openId = await identity.openIdOf(personId);
    if (openId) return { type: "open_id", id: openId };
    if (person.feishu.user_id) return { type: "user_id", id: person.feishu.user_id };
    if (person.feishu.email) return { type: "email", id: person.feishu.email };
    throw new AppError("FEISHU_API", `cannot reach ${person.name} (${person.id}) on Feishu`, {
      hint: "add feishu.open_id, user_id or email to this person in the roster, or ask them to message the bot once",
    });
  }

  async function sendToPerson(personId: string, reply: Reply, opts?: { updateKey?: string }): Promise<void> {
    const to = await receiverOf(personId);
    const key = opts?.updateKey ? `${personId}:${opts.updateKey}` : undefined;
    const earlier = key ? sent.get(key) : undefined;
    const card = replyCard(reply);
    const cards = card ? splitCard(card) : [];
    if (earlier && cards.length === 1 && cards[0] && !reply.file) {
      try {
        await api.patchCard(earlier.messageId, earlier.receiver, JSON.stringify(cards[0]));
        return;
      } catch (e) {
        log.warn("feishu outbox: card update failed; sending a new message", {
          personId,
          error: errorMessage(e),
        });
      }
    }
    const ids = await deliverReplies(api, { to }, [reply], `outbox:${randomUUID()}`);
    // A push's card opens with a greeting (陈静您好：); what a reply to it answers is the card's title.
    quotes?.remember(ids, [{ text: reply.card?.title ?? reply.text }]);
    if (key && cards.length === 1 && ids[0]) sent.set(key, { messageId: ids[0], receiver: to.id });
  }

  async function platformId(personId: string) {
    try {
      const to = await receiverOf(personId);
      return to.type === "open_id" || to.type === "user_id" || to.type === "email"
        ? { type: to.type, id: to.id }
        : undefined;
    } catch {
      return undefined;
    }
  }

  return { sendToPerson, platformId };
}
