import { isLeader, type Person } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import type { Intent } from "./classify-intent.js";
import { intentText } from "./intent-lexicon.js";
import type { DialogueState } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * 「我上次报的那个走访是几户来着」「培训会那次来了多少人来着？」: a figure of one's own earlier update asked for. Where
 * one update clearly matches — the words asked about are in it and it counts in the unit asked — the answer points
 * at it (#N, the figure, the original words); where none or several match, the rules answer as before (我的填报's
 * list, or the question asked back). Read-only: nothing is stored or changed. Staff only asked 查数 of their own
 * updates get this, never the leaders' refusal. A name or place asked the same way (「那个合作社叫啥来着」) points at
 * the one update that holds the words, with its original text.
 */
const ASKED = /(?:几|多少)\s*(个人|人次|户|家|个|人|场|次|期|项|份|名|位|村|所|批|篇|条|元|万元|天)/u;
/** A name or place asked (叫啥、是哪家、在哪). */
const NAME_ASKED = /叫(?:啥子?|什么|甚么?|个啥)|是哪(?:个|家|里)|在哪(?:个|里|儿)?/u;
/** A place said by one character (那个村、那个乡): enough to find it when a name is asked. */
const PLACE_CHAR = /[村乡镇厂校站]/u;
/** The update is one's own and earlier: said as such, or asked as something forgotten. */
const OWN_PAST = /报的|报了|填的|上次|上回|之前|前几天|那次|那回|来着|忘了|记不清|记不得/u;
/** Words of the question that name no work. */
const NOT_TOPIC =
  /我们?|自己|上次|上回|之前|以前|前几天|前两天|那天|那次|那回|报的|报了|填的|说的|那个|那条|这个|来着|我?忘了|记不清了?|记不得了?|是|有|来了|一共|总共|共|到底|啊|呀|呢|吗|哈|嘞|的|了/gu;
/** The same count said another way (几个人 asked of 50人、32名). */
const SAME_UNIT: Record<string, readonly string[]> = {
  人: ["人", "人次", "名", "位"],
  个人: ["人", "人次", "名", "位"],
  名: ["人", "名", "位"],
  位: ["人", "名", "位"],
  个: ["个", "家", "户", "村", "项", "场", "次"],
};

export async function recallFigure(
  services: Services,
  person: Person,
  text: string,
  intent: Intent,
  state: DialogueState,
): Promise<Reply | undefined> {
  if (/^(?:guided|edit|confirm-edit)$/.test(state.mode)) return undefined;
  const looks =
    (intent.kind === "command" &&
      ((intent.command === "我的填报" && intent.text.trim() === "我的填报") ||
        (intent.command === "查数" && !isLeader(person)))) ||
    intent.kind === "unclear" ||
    (intent.kind === "smalltalk" && (intent.topic === "other" || intent.topic === "question"));
  if (!looks) return undefined;
  const norm = intentText(text).norm;
  // 「那个合作社叫啥来着」「上回去的那个村叫什么来着」: a name or place asked, not a figure.
  const asked = ASKED.exec(norm) ?? NAME_ASKED.exec(norm);
  if (!asked || !OWN_PAST.test(norm)) return undefined;
  const unit = asked[1];
  const topic = norm
    .slice(0, asked.index)
    .concat(norm.slice(asked.index + asked[0].length))
    .replace(NOT_TOPIC, "，")
    .split(/[^\u4e00-\u9fff]+/u)
    .flatMap((w) => ([...w].length >= 2 ? [w] : unit ? [] : [...w].filter((c) => PLACE_CHAR.test(c))));
  if (topic.length === 0) return undefined;
  const units = unit ? (SAME_UNIT[unit] ?? [unit]) : undefined;
  const mine = await services.store.listUpdates({ author: person.id, status: ["draft", "confirmed"] });
  const scored = mine
    .map((u) => ({
      u,
      figures: units ? u.figures.filter((f) => units.includes(f.unit)) : [],
      score: scoreOf(u, topic),
    }))
    .filter((c) => (!units || c.figures.length > 0) && c.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || (next && next.score === best.score)) return undefined;
  return { text: answer(best.u, best.figures) };
}

/** How many of the asked words' two-character pieces (or the place character) the update's words hold. */
function scoreOf(u: Update, topic: readonly string[]): number {
  const own = `${u.normalizedText}${u.figures.map((f) => f.context).join("")}`;
  let n = 0;
  for (const w of topic) {
    const chars = [...w];
    if (chars.length === 1 && own.includes(w)) n++;
    for (let i = 0; i + 1 < chars.length; i++) if (own.includes(chars[i]! + chars[i + 1]!)) n++;
  }
  return n;
}

function answer(u: Update, figures: Update["figures"]): string {
  const said = figures.map((f) => `${f.context ? `${f.context} ` : ""}${f.raw}`).join("；");
  const status = u.status === "draft" ? "（还没有确认）" : "";
  if (figures.length === 0)
    return `应该是您 ${u.date} 报的 #${u.seq}${status}，原文：${u.originalText}\n要看详情发送「查看 ${u.seq}」。`;
  return `您 ${u.date} 报的 #${u.seq}${status}：${said}。\n原文：${u.originalText}\n要看详情发送「查看 ${u.seq}」，数不对发送「修改 ${u.seq}」。`;
}
