import type { PendingNote } from "../conversation/pending-notes.js";
import { askQuestion } from "../conversation/pending-question.js";
import type { DraftingApi } from "./command-helpers.js";
import { focusOf } from "./draft-focus.js";
import { periodKey } from "../domain/period.js";
import { latestVersion } from "./draft-model.js";
import { isPlaceholderDraft, periodArg, periodWord, withSubject } from "./review-view.js";

/** 「行，就这样吧」「可以」「就这么着」: assent with nothing turned down. */
const ASSENT = /行|好|可以|没问题|就这样|就这么|差不多|不错|同意|ok|妥|中/i;
/** 「不行，重新弄」「这稿子不行」: the draft turned down with no 退回 or part named. */
const DISSENT = /不行|不好|不太行|不满意|不合格|不够好|太差|重新|重来|再弄|再改改|不能用/;
/** Said to everyone (大家、各位): a courtesy to the staff, not to the draft. */
const TO_EVERYONE = /大家|各位|同志们|同事们|兄弟们|老师们/;
/**
 * 「辛苦了」「好的 谢谢」「蛮好 谢了哈」「要得 辛苦你们哒」: thanks said to whoever wrote it — a courtesy, no verdict on the draft
 * (dlg28: 「好的 谢谢撒」 was asked 「您是要定稿吗？」, and a 「好的」 after it would have approved the draft).
 */
const THANKS = /谢|辛苦|费心|受累|劳驾|麻烦(?:你|您|你们)?了/;
/** 「好 晓得了」「好，知道了」「好嘅 知道咧」「收到」: what the bot said was heard — no verdict on the draft. */
const HEARD = /知道|晓得|了解|明白|清楚了|收到|懂了|晓得了|get/i;
/**
 * review55: 「是」「对的」「嗯」 alone answer a question; with none pending they are no verdict on the draft (「删掉第5条」 found
 * nothing, then 「是」 was asked 「您是要定稿吗？」 and a 「好」 after it would have approved).
 */
const BARE_YES = /^(?:是|是的|是滴|是嘞|是啊|是呀|对|对的|对对|对头|嗯|嗯嗯|恩|yes|yep)[。.!！~～]*$/i;
/** Words that turn an assent into something else (不行、别、改…). */
const NOT_ASSENT = /不|别|没(?!问题)|重新|退|打回|改|重写|删|问题(?!不大)|再/;

/**
 * A leader's short verdict while a draft waits for review, never acted on as a guess:
 * - 「行，就这样吧」「可以」 may mean 定稿 or only "read it": asked in one line with the 定稿 button
 *   (again at the next 「好的」 — only the button or 「定稿」 finalises);
 * - 「不行，重新弄」 may mean 退回 or regenerate: said how to do each, nothing changed.
 * Staff, or a leader with no draft in review, get ordinary small talk.
 */
export function reviewAssentNote(api: Pick<DraftingApi, "service">): PendingNote {
  return async (services, person, state, topic, text = "") => {
    const asked = state.mode === "ask-command";
    if (person.role !== "leader" || (state.mode !== "idle" && !asked)) return undefined;
    const said = text.trim();
    const short = [...said].length <= 16;
    const dissent = short && DISSENT.test(said);
    // 「雪落得好大，大家路上慢点开」「好，辛苦大家」「好的 谢谢」: the weather, or a courtesy, is no verdict on the draft.
    const toAll = topic === "mood" || (topic === "thanks" && TO_EVERYONE.test(said)) || THANKS.test(said);
    const assent =
      !toAll &&
      !HEARD.test(said) &&
      (topic === "ack" || (short && ASSENT.test(said) && !NOT_ASSENT.test(said)));
    if (!dissent && !assent) return undefined;
    const building = api.service.buildingPeriods()[0];
    if (building) {
      const n = api.service.buildingVersion(building);
      return {
        text: `${periodWord({ period: building })}总结草稿${n ? ` v${n}` : ""} 还在生成中，生成后会发给您审阅。`,
      };
    }
    // The draft in front of this leader (or the only one); with several and none in front, a verdict
    // cannot be placed and is ordinary small talk.
    const drafts = await api.service.list();
    const focus = await focusOf(services.store, person.id);
    const draft =
      (focus && drafts.find((d) => d.id === periodKey(focus))) ||
      (drafts.length === 1 ? drafts[0] : undefined);
    if (!draft || draft.status === "approved") return undefined;
    // Said after the leader last settled something with the bot (取消 after the check, a part
    // chosen) and nothing changed in the draft since: an acknowledgement, not a question to ask.
    if (assent && !asked && state.at && Date.parse(state.at) >= Date.parse(draft.updatedAt)) return undefined;
    const v = latestVersion(draft);
    const key = periodArg(draft);
    if (assent && !asked && BARE_YES.test(said))
      return {
        text: `现在没有等您回答「${said}」的问题。《${v.title}》v${v.version} 还在审核中，草稿没有改动，也没有定稿。要定稿请发送「定稿 ${key}」；还要修改可以说「重写 （二） 意见」或「改写 （二） 新的文字」。`,
      };
    if (isPlaceholderDraft(v) && assent) return undefined;
    const line = dissent
      ? `《${v.title}》v${v.version} 没有改动。要退回请发送「退回 意见」（如「退回 数据太少，请各科室补充」），办公室会收到；只改一部分可以说「重写 （二） 意见」或「改写 （二） 新的文字」；要按最新材料重新起草请点「重新生成」。`
      : `《${v.title}》v${v.version} 还在审核中，没有定稿。您是要定稿吗？要定稿请点「定稿」（或发送「定稿 ${key}」）；还要修改可以说「重写 （二） 意见」或「退回 意见」。`;
    // 「您是要定稿吗？」 stays open: 「好的」「对」 runs 定稿 (its check still comes first), 「不」 leaves it.
    if (!dissent)
      await askQuestion(
        services,
        person.id,
        {
          yes: `定稿 ${key}`,
          noText: `好的，《${v.title}》没有定稿，仍在审核中。`,
          question: "您是要定稿吗？",
        },
        { at: services.clock.now().toISOString() },
      );
    return {
      text: line,
      textIsCardCopy: true,
      card: {
        title: dissent ? "草稿没有改动" : "还没有定稿",
        template: "orange",
        blocks: [line],
        buttons: withSubject(
          draft,
          dissent
            ? [
                { label: "重新生成", command: `生成总结 ${key}` },
                { label: "查看全文", command: `查看草稿 ${key}` },
              ]
            : [
                { label: "定稿", command: `定稿 ${key}`, style: "primary" },
                { label: "查看全文", command: `查看草稿 ${key}` },
              ],
        ),
      },
    };
  };
}
