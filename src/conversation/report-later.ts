import { toSimplified } from "../domain/normalize.js";

/**
 * 「这个月的还没报 等我整理下」「还没报呢 我先整理一下」「这个月的材料我还在整理 好了发你」: the report is not ready and
 * will come once it is put together — "later", answered in one line (好的，整理好直接发给我), nothing stored and
 * nothing asked. Every clause says only that: not reported yet, being put together, or to be sent when done; no
 * figure, no work done, nothing asked.
 */

/** What is not ready, said first: 这个月的、这周的材料、月报. */
const SUBJECT =
  "(?:这个?月|本月|这周|本周|这(?:个)?礼拜|这(?:个)?星期|上周|上(?:个)?礼拜|上个?月|今天|今年)?(?:的)?(?:月报|周报|材料|东西|情况|总结)?(?:我)?";
/** Not reported yet: 这个月的还没报、这周的还没弄、月报还没弄完、还冇报、还没写好. */
const NOT_YET = new RegExp(
  `^${SUBJECT}(?:还|都)?(?:没|冇|未|没有|莫|没得)(?:报|交|填|弄|写|发|整|整理|汇总|搞)(?:完|好|齐)?(?:呢|哩|嘞|哈|啊|咧|噢|哦)*$`,
);
/** Being put together: 等我整理下、我先整理一下、我还在整理、等我把数字核完、等我理下子. */
const PREPARING = new RegExp(
  `^${SUBJECT}(?:等我|我先|让我|先让我|我还在|还在|我在|我正在|正在|我这边还在)(?:先)?(?:把[\\u4e00-\\u9fff]{1,6}?)?(?:整理|汇总|理|捋|核|核对|核实|弄|写|准备|收集|统计|凑|归纳)(?:一下子?|下子?|一哈|整理|理|完|好|清楚|一遍)?(?:哈|啊|呢|哦|嘛|吧|咯|噻)*$`,
);
/** Sent when done: 好了发你、整理好了再发、弄完报给你. */
const SENT_WHEN_DONE =
  /^(?:好了|整理好了?|弄好了?|弄完了?|写好了?|完了|搞好了?)(?:我)?(?:再|就)?(?:发|报|交|给)(?:给)?(?:你|您)?(?:哈|啊|吧|哦)*$/;

/** Not now, said of reporting: 先不报了、今天先不填了、暂时不写了 (the report to come another time; s32, console trial). */
const NOT_NOW =
  /^(?:我)?(?:今天|今儿个?|现在)?(?:就|还是)?(?:先|暂时|暂且)+(?:不|别)(?:报|填|交|写)(?:了|啦|咯|喽|吧|哈)*$/;
/** An interjection or a giving in, its own clause beside it: 哎呀、唉、算了. */
const FILLER = /^(?:哎呀|哎哟|哎|唉|嗯|好吧|那|算了|那算了)$/;

export function reportLater(norm: string): boolean {
  const text = toSimplified(norm);
  if (/\d/.test(text) || [...text].length > 30) return false;
  const clauses = text.split(/[，,。；;！!~～…\s]+/).filter(Boolean);
  if (clauses.length === 0) return false;
  const kinds = clauses.map((c) =>
    FILLER.test(c)
      ? "filler"
      : NOT_NOW.test(c)
        ? "not-now"
        : NOT_YET.test(c)
          ? "not-yet"
          : PREPARING.test(c)
            ? "preparing"
            : SENT_WHEN_DONE.test(c)
              ? "sent"
              : undefined,
  );
  if (kinds.some((k) => k === undefined)) return false;
  // 「还没报」 alone tells no later: being put together, or its sending, is said.
  return kinds.some((k) => k === "preparing" || k === "sent" || k === "not-now");
}
