import { toSimplified } from "../domain/normalize.js";
import type { Intent } from "./intent-types.js";
import { numberOf } from "./intent-lexicon.js";

/**
 * More ways to answer 「确认哪一条？」 (several drafts listed), each read against what was listed:
 * - some of them: 「第一个和第三个」「1和3」「1、3都要」 → 确认 those (「确认 1 3」);
 * - all but some: 「除了第二条都确认」「2不要 其他都确认」「第一个不要」 → 确认 the others;
 * - by age: 「新的那条」「最新的」「最早那条」「先发的」 → the last or the first listed;
 * - by content: 「中药材那条」「科技馆的」 → the one listed draft whose text has those words.
 * Undefined when the answer names nothing listed, or more than one draft by content.
 */
export function whichDraftAnswer(
  said: string,
  listed: readonly number[],
  texts?: ReadonlyArray<{ seq: number; text: string }>,
): Intent | undefined {
  if (listed.length < 2) return undefined;
  // 「后发哩那个 玉雕哩」: 中原 哩 after a verb of sending or closing what it was about is 的 (round fifty-two).
  const folded = said.replace(/(?<=[\u4e00-\u9fff])哩(?=那|这|$)/g, "的");
  if (folded !== said) return whichDraftAnswer(folded, listed, texts);
  // Round fifty-four: 「后来补发的那一条 不是头一条」 — 补发/重发 is sent all the same, and the other one denied after it adds
  // nothing; 「沙棘那条 先发的那个」 — what it was about said first, then when it was sent, read as 「先发的那个 沙棘」.
  const plain = said
    .replace(/(?<=后来|后头|后面|最后|先|起先|早先|晚)(?:补|重|又|再)(?=发|报|交)/, "")
    .replace(
      /[\s，,]*不是(?:头|第一|前头|前面|上面|后头|后面|下面|最后|先发|后发|晚发|早发)[\u4e00-\u9fff]{0,4}$/,
      "",
    );
  const topicFirst =
    /^([\u4e00-\u9fff]{2,8}?)(?:的)?(?:那|这)(?:一)?(?:条|个)[\s，,]*(.{1,4}?(?:发|报|交)(?:的)?(?:那|这)(?:一)?(?:条|个))$/.exec(
      plain,
    );
  const turned = topicFirst ? `${topicFirst[2]} ${topicFirst[1]}` : plain;
  if (turned !== said) return whichDraftAnswer(turned, listed, texts);
  // 「两条里头晚发的那条」「这两个当中后发的」 (round fifty-three): the two listed counted first is no number 2 chosen.
  const among = amongTwo(said, listed);
  if (among !== said) return whichDraftAnswer(among, listed, texts);
  const but =
    /^(?:除了|除)(.+?)(?:以外|之外)?(?:其他|其余|别的)?(?:的)?(?:都|全)(?:要|确认|对|行|可以)?(?:了|吧)?$/.exec(
      said,
    );
  if (but) {
    const out = numbersIn(but[1]!, listed);
    const rest = listed.filter((n) => !out.includes(n));
    if (out.length > 0 && rest.length > 0) return confirmSome(rest);
  }
  const keep =
    /^(.+?)(?:不要|别确认|先不要|先不确认)[，,\s]*(?:其他|其余|别的)(?:的)?(?:都|全)(?:要|确认|对|行)?(?:了|吧)?$/.exec(
      said,
    );
  if (keep) {
    const out = numbersIn(keep[1]!, listed);
    const rest = listed.filter((n) => !out.includes(n));
    if (out.length > 0 && rest.length > 0) return confirmSome(rest);
  }
  // 「第一个不要」「3号先别确认」 alone: the listed ones it leaves are the ones chosen (the one put
  // aside stays a draft, as with 「3不要 其他都确认」; nothing is withdrawn unasked).
  const left = LEAVES_OUT.exec(said);
  if (left) {
    const out = numbersIn(left[1]!, listed);
    const rest = listed.filter((n) => !out.includes(n));
    if (out.length > 0 && rest.length === 1)
      return { kind: "answer", answer: "number", n: rest[0]!, left: out };
    if (out.length > 0 && rest.length > 1) return confirmSome(rest);
  }
  const some =
    /^(?:第)?[\d一二两三四五六七八九十]{1,3}(?:条|个|号)?(?:(?:和|跟|与|、|，|,|\s)+(?:第)?[\d一二两三四五六七八九十]{1,3}(?:条|个|号)?)+(?:都|两个|两条)?(?:要|确认|对|行|可以)?(?:了|吧)?$/.test(
      said,
    );
  if (some) {
    const chosen = numbersIn(said, listed);
    if (chosen.length >= 2 && chosen.length < listed.length) return confirmSome(chosen);
  }
  const byAge = sentAt(said, listed);
  if (byAge) return byAge;
  // 「先发那个 核桃的」: by when it was sent, then what it was about — the age decides unless the words name another one.
  const two =
    /^(.{1,4}?(?:发|报|交)(?:的)?(?:那|这)(?:一)?(?:条|个))[\s，,]*([\u4e00-\u9fff]{1,8}?)(?:的)?(?:那条|那个)?$/.exec(
      said,
    ) ?? PLACED_TOPIC.exec(said);
  // 「后来发的那条不要」「前面那个删了」: what follows is said of it (NOT_TOPIC), no topic — no pick.
  const aged = two && !NOT_TOPIC.test(two[2]!) ? sentAt(two[1]!, listed) : undefined;
  if (aged?.kind === "answer" && aged.answer === "number") {
    const words = toSimplified(two![2]!);
    const hits = (texts ?? []).filter((d) => listed.includes(d.seq) && toSimplified(d.text).includes(words));
    if (hits.length === 0 || hits.some((d) => d.seq === aged.n)) return aged;
  }
  if (
    /^(?:最)?新(?:的|发的|报的)?(?:那|这)?(?:一)?(?:条|个)?$/.test(said) ||
    new RegExp(`^(?:${SENT_LATER})${SENT_TAIL}$`).test(said)
  )
    return { kind: "answer", answer: "number", n: listed.at(-1)! };
  if (
    /^(?:最)?(?:早|旧|老)(?:的|发的|报的)?(?:那|这)?(?:一)?(?:条|个)?$/.test(said) ||
    new RegExp(`^(?:${SENT_EARLIER})${SENT_TAIL}$`).test(said)
  )
    return { kind: "answer", answer: "number", n: listed[0]! };
  const about = /^(.{2,10}?)(?:的)?(?:那|这)?(?:一)?(?:条|个)?$/.exec(said)?.[1];
  // The reply has had its closing 的/吧 taken off (「科技馆的」 comes as 科技馆).
  if (about && texts && /^[\u4e00-\u9fff]/.test(about)) {
    const words = toSimplified(about).replace(/^(?:就|要|是|确认)/, "");
    const hits = texts.filter((d) => listed.includes(d.seq) && toSimplified(d.text).includes(words));
    if (words.length >= 2 && hits.length === 1) return { kind: "answer", answer: "number", n: hits[0]!.seq };
  }
  return undefined;
}

/**
 * 「后来发的」「后头报的那条」「先发的」「起先发的那个」「一开始发的」: which listed draft by when it was sent. The reply
 * comes with its closing 的 taken off (「后来发的」 as 后来发), so the 的 is optional; 的 must stand before 那条/那个.
 * (头先 is left out: in 粤 it is 刚才, the latest.)
 */
const SENT_LATER = "后|最后|后来|后头|后面|后边|下面|下边|下头|后首|晚|最晚|后一次|后一回";
const SENT_EARLIER =
  "先|最先|最早|早先|起先|前头|前面|前边|上面|上边|上头|开始|一开始|开头|先前|前一次|前一回|头一回|第一回|第一次";
const SENT_TAIL = "(?:发|报|交|打)(?:的(?:那|这)?(?:一)?(?:条|个)?)?";

/**
 * 「第二个发的嘛」「第一条报的」「先发那个」 (round fifty): the place in the order of sending — the Nth listed; 先发/后发 with
 * 那个 and no 的 between.
 */
function sentAt(said: string, listed: readonly number[]): Intent | undefined {
  const nth =
    /^第([\d一二两三四五六七八九十])(?:个|条)(?:发|报|交)(?:的)?(?:那|这)?(?:一)?(?:条|个)?(?:嘛|吧|哈|啊|呀)*$/.exec(
      said,
    );
  const n = nth ? numberOf(nth[1]!) : undefined;
  if (n !== undefined && n >= 1 && n <= listed.length)
    return { kind: "answer", answer: "number", n: listed[n - 1]! };
  // 「晚发的那个」「前面那个」 (round fifty-one): 的 between, or the place in the list with no verb of sending.
  const bare =
    /^(.{1,4}?)(?:发|报|交)(?:的)?(?:那|这)(?:一)?(?:条|个)(?:嘛|吧|哈|啊|呀)*$/.exec(said)?.[1] ??
    new RegExp(`^(${LISTED_PLACE})(?:的)?(?:那|这)(?:一)?(?:条|个)(?:嘛|吧|哈|啊|呀)*$`).exec(said)?.[1];
  if (bare && new RegExp(`^(?:${SENT_EARLIER})$`).test(bare))
    return { kind: "answer", answer: "number", n: listed[0]! };
  if (bare && new RegExp(`^(?:${SENT_LATER})$`).test(bare))
    return { kind: "answer", answer: "number", n: listed.at(-1)! };
  return undefined;
}

/** Where in the list, with no verb of sending: 前面那个 is the first listed, 后面那条 the last (上面/下面 as on the card). */
const LISTED_PLACE = "前面|前边|前头|上面|上边|上头|后面|后边|后头|下面|下边|下头";
/**
 * 「前面那个香菇的」「下面那条 奶企的」 (round fifty-one): the place in the list, then what it was about — read as
 * 「先发那个 核桃的」 is, the place deciding unless the words name the other one.
 */
const PLACED_TOPIC = new RegExp(
  `^((?:${LISTED_PLACE})(?:的)?(?:那|这)(?:一)?(?:条|个))[\\s，,]*([\\u4e00-\\u9fff]{1,8}?)(?:的)?(?:那条|那个)?$`,
);

/** What follows the place is a word about it (不要、先别、删了、也行), not what the draft was about. */
const NOT_TOPIC = /^(?:不|别|莫|甭|没|冇|先|再|也|都|就|要|删|撤|改|留|放|确认|存|对|行|可以)/;

/** Listed numbers only, then a word leaving them out: 第一个不要、3号先别确认、1先放着. */
const LEAVES_OUT =
  /^((?:第)?[\d一二两三四五六七八九十]{1,3}(?:条|个|号)?(?:(?:和|跟|、|\s)+(?:第)?[\d一二两三四五六七八九十]{1,3}(?:条|个|号)?)*)(?:就|先|暂时|还是)?(?:不要|不用|别确认|不确认|别动|放着|放一放)(?:了|吧|哈)?$/;

/** The listed numbers a stretch names: #3、3号、第3条 are numbers; 第一个、第一条 of #7 #8 #9 is #7. */
function numbersIn(text: string, listed: readonly number[]): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(第)?(\d{1,6}|[一二两三四五六七八九十]{1,3})/g)) {
    const n = numberOf(m[2]);
    if (n === undefined) continue;
    // 第一条 of #7 #8 #9 is #7 (b11-076); a number in digits (第2条、2号) is the update's own (i20a-045).
    const place = m[1] !== undefined && !/\d/.test(m[2]!);
    const seq = listed.includes(n) ? n : place && n >= 1 && n <= listed.length ? listed[n - 1] : undefined;
    if (seq !== undefined && !out.includes(seq)) out.push(seq);
  }
  return out;
}

function confirmSome(seqs: number[]): Intent {
  return { kind: "command", command: "确认", text: `确认 ${[...seqs].sort((a, b) => a - b).join(" ")}` };
}

/** Said after a listed number to keep it back for now: 还得改、再看看、先放着、等等再说、先不要. */
const HOLD =
  /改|再看|看看|放着|放一放|搁|撂|缓|等等|等一下|等[哈下]|压一?[压下]|压着|再说|再讲|先不|不要|不确认|别|回头|待会|还没/;

/**
 * 「就4号吧 3号我还得改改」「7号吧 8号先放着」「先确认5 6号我再看看」: the listed numbers said, some of
 * them kept back by what follows them (HOLD, up to the next number) — one left is the one chosen.
 */
export function heldBack(norm: string, listed: readonly number[]): Intent | undefined {
  if ([...norm].length > 24) return undefined;
  const said = [...norm.matchAll(/\d{1,6}|[一二两三四五六七八九十]{1,3}(?=条|号|个)/g)];
  if (said.length < 2) return undefined;
  const kept: number[] = [];
  const chosen: number[] = [];
  for (const [i, m] of said.entries()) {
    const n = numberOf(m[0]);
    if (n === undefined || !listed.includes(n)) return undefined;
    const after = norm.slice(m.index + m[0].length, said[i + 1]?.index ?? norm.length);
    (HOLD.test(after) ? kept : chosen).push(n);
  }
  return kept.length > 0 && new Set(chosen).size === 1
    ? { kind: "answer", answer: "number", n: chosen[0]!, left: kept }
    : undefined;
}

/** 「两条里头…」「这两个当中…」 when two are listed: the count of them said first, taken off (a number chosen is not in it). */
export function amongTwo(said: string, listed: readonly number[]): string {
  if (listed.length !== 2) return said;
  const rest = said.replace(
    /^(?:这|那)?(?:两|俩)(?:条|个)(?:里头|里面|里边|中间|当中|之中)(?:的)?[，,\s]*/u,
    "",
  );
  return rest === "" ? said : rest;
}
