import type { Intent } from "./intent-types.js";

/**
 * 「还是用之前那版」「刚才改的不算」「撤回修改」「改回原来的」 while an edit waits (its preview shown,
 * or its new text asked for): the edit itself turned down or the original kept — the same as
 * 「放弃修改」, said in one's own words. Never a new text for the update, never a withdrawal of it.
 * Pure; figures said are read elsewhere (edit-back-out.ts: the old figure said again).
 */

/** The edit named: 修改、改动、改的、这次改的. */
const EDIT = "(?:这次|刚才|刚刚|刚|这个|这回)?(?:的)?(?:修改|改动|更改|改的|改了的|改过的|改)";
/** Turned down: 不算、不要了、作废、撤回、撤销、取消、算了. */
const DROP = "(?:不算(?:数)?|不作数|不要了?|作废|撤回|撤销|撤了|取消|算了|拉倒|去掉|不用了)";
/** The version before: 原来的、之前那版、以前那个、上一版 — or named by the edit, 改之前的、没改以前那版、改前的. */
const ORIGINAL =
  "(?:原来|原先|原本|之前|以前|先前|上一版|老|没?改(?:之前|以前|前))(?:的)?(?:那版|那个|那条|那样|版本|那句话?|那段话?|那么写|写的|写法|说法)?";
/** Kept or gone back to: 用、按、照、保持、维持、恢复、改回、还原 — after 照/仍/继续/依旧 too (照用原来的、仍用之前那个). */
const KEEP =
  "(?:还是|就|还|照|仍|仍然|继续|依旧)?(?:用|按|照|保持|维持|恢复|改回|还原|回到|沿用)(?:成|为|到)?";

const DROPPED = new RegExp(
  [
    `^${EDIT}(?:就|都|也|还是)?${DROP}`,
    `^(?:把)?${DROP}(?:掉)?(?:这次|刚才|刚刚|刚)?(?:的)?(?:修改|改动|更改)`,
    `^${KEEP}${ORIGINAL}`,
    "^(?:改回(?:去|来)|还原|保持原样|维持原状|恢复原样|原样不动|照旧)",
  ].join("|"),
  "u",
);
/** What may close it: 吧、了、就行、就好, a reason that the old one was right. */
const CLOSING =
  /(?:吧|了|啦|哈|嘛|写|来|就行|就好|就可以|即可|[，,\s]|原来的?(?:那个)?是对的|之前的?是对的)*$/u;
const MAX_CHARS = 20;

/** 「我记混了」「刚才是我搞错了」「我看岔了」: the slip owned — why the edit is turned down. */
const SLIP_OWNED =
  /^(?:哦|噢|哎|唉)?(?:刚才|刚刚|刚)?(?:是)?(?:我|俺|额|偶|咱)?(?:自己)?(?:记|看|搞|弄|算|数|想|听)(?:混|岔|错|差|叉)(?:了|咧|啦|嘞|哒|喽)?$/u;
/** 「原来那个是对的」「原来写的没错」: the original said right. */
const ORIGINAL_RIGHT =
  /^(?:原来|原先|之前|以前|本来)(?:的|那个|那版|那条|写的)?(?:是对的|没错|不错|对着呢|对着哩|是对哒)(?:哈|啊|嘛)?$/u;
/** 「不改了」「甭改了」, and 「先不动它」「别动了」 (the text left as it is): no change any more. */
const NO_CHANGE =
  /^(?:那就|那|就)?(?:先|还是)?(?:不|甭|莫|别|嫑|不用)(?:再)?(?:改|动)(?:它|了|咧|啦|嘞|哒)*$/u;

/**
 * 「还是用之前那版 刚才改的不算」「刚才改的不作数 用原来那版」: two clauses (read on norm), each turning the edit down.
 * 「还是用之前那版吧 我记混了」「算了 不改了 原来那个是对的 我看岔了」「用原来的吧 刚才是我搞错了」: the clauses besides
 * the drop own the slip or say the original was right — the reason, not new text (b57-d10, s13-d30, s14-d56, i24c).
 */
export function dropsInEveryClause(norm: string): boolean {
  const clauses = norm
    .split(/[，,。；;！!～~\s]+/u)
    .map((c) => c.replace(/^算了/u, ""))
    .filter((c) => c !== "");
  if (clauses.length < 2 || !clauses.some((c) => dropsTheEdit(c))) return false;
  return clauses.every(
    (c) => dropsTheEdit(c) || SLIP_OWNED.test(c) || ORIGINAL_RIGHT.test(c) || NO_CHANGE.test(c),
  );
}

export function dropsTheEdit(core: string): boolean {
  const said = core.replace(/^(?:哦|噢|嗯|啊|诶|哎|那|那就|算了|不好意思)+[，,\s]*/u, "");
  if (
    [...said].length > MAX_CHARS ||
    /\d|[一二两三四五六七八九十百千]+[个人名家次场项件份期户万]/u.test(said)
  )
    return false;
  const m = DROPPED.exec(said);
  return (
    m !== null && CLOSING.test(said.slice(m[0].length)) && said.slice(m[0].length).replace(CLOSING, "") === ""
  );
}

/** An update named at the start: 3号、第四条、#2、刚才第四条 (its number), or 刚才那条、上一条 (the one just discussed). */
const UPDATE_NAMED =
  /^(?:把)?(?:(?:刚才|刚刚|刚)?(?:第|#)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:号|条)|(?:刚才|刚刚|刚|上一|前面)(?:那|这)?(?:条|个))(?:那个|那条|这个|的)?/u;
/** The edit of it turned down, or its original kept (改的不算、改动先放弃、还是用原来的). */
// The original kept may be used back (用返、用回: 粤, 湘) or the old one (按老的来、用旧的), after any clause on the edit
// (改了以后不对、改的唔算; b62-111, i26a). The edit itself taken back (改动撤销、修改撤回、改的取消) withdraws no update.
// Round fifty-one: the edit called by how much it was (改的那一下、改的那处、这一下) is the edit too.
const EDIT_OF_IT_DROPPED =
  /(?:改的|改动|修改|改过的)(?:那个|这个|那些|那一?下|这一?下|那一?处|那一?点|地方|部分|内容)?(?:先|就|都|也)?(?:不算|不作数|放弃|作废|不要了|算了|撤销|撤回|撤了|取消)|放弃(?:这次|那个|这个)?(?:的)?(?:修改|改动)|(?:改的|改动|修改|改了|改过)[^，,。\s]{0,5}[，,\s]+(?:还是)?(?:用|按|照|保持|恢复|改回|还原)(?:返|回)?(?:成|到)?(?:原来|原先|之前|以前|原样|老的|旧的|老版|原版)/u;
const NUMERALS = "一二三四五六七八九十";

/**
 * 「3号那个改的不算 还是用原来的」「4号那个改动先放弃吧」 with nothing waiting: that update's pending edit turned
 * down — 放弃修改 on it (its number, or none for the one just discussed), never a withdrawal of the update
 * (b18-047, b49-075, i23a-015 were read as 撤回 or 修改; i24a-014 「第二条刚刚改的那个不要了」). The 放弃修改 arguments, or undefined.
 */
export function updateEditDropped(norm: string): string | undefined {
  const m = UPDATE_NAMED.exec(norm);
  if (!m || [...norm].length > 30) return undefined;
  const rest = norm.slice(m[0].length);
  // 「第3条还是按改之前的来」「2号还是用原来的」: its original kept, said alone after it, is its edit dropped too.
  if (
    !EDIT_OF_IT_DROPPED.test(rest) &&
    !noMoreChange(rest) &&
    !ORIGINAL_KEPT.test(rest.replace(/^[，,\s]+/u, ""))
  )
    return undefined;
  return m[1] === undefined ? "" : numberOf(m[1]);
}

/** 3、三、十二 → "3"、"3"、"12" (undefined for a numeral it cannot read). */
function numberOf(n: string): string | undefined {
  if (/^\d+$/.test(n)) return n;
  const v = n.replace("两", "二");
  if (v.length === 1) return String(NUMERALS.indexOf(v) + 1);
  return v.startsWith("十") ? String(10 + NUMERALS.indexOf(v[1]!) + 1) : undefined;
}

/** 「直接确认」「就这样确认吧」「原样提交」: confirmed as it stands. */
const CONFIRM_AS_IS =
  /^(?:那|就|你)?(?:直接|就这样|就这么|照原样|原样|按原来的?|还是)?(?:帮我|给我)?(?:确认|提交|保存)(?:了|吧|哈|嘛|啊|一下|下)*(?:就行|就好|即可)?$/u;

/**
 * 「第3条不改了 直接确认」「2号别改了 就这样确认吧」 (s35-d09, s35-d10): the update named, no change wanted, and confirmed as
 * it stands — 确认 N, on a card or while its edit waits, never the 修改 its 改 names nor the text of an edit. The number, or
 * undefined.
 */
export function updateKeptAsIs(norm: string): string | undefined {
  const m = UPDATE_NAMED.exec(norm);
  if (!m || m[1] === undefined || [...norm].length > 30) return undefined;
  const [first, ...others] = norm
    .slice(m[0].length)
    .split(/[，,。；;！!～~\s]+/u)
    .filter((c) => c !== "");
  if (first === undefined || !NO_MORE_CHANGE.test(first) || !others.some((c) => CONFIRM_AS_IS.test(c)))
    return undefined;
  if (!others.every((c) => CONFIRM_AS_IS.test(c) || ORIGINAL_KEPT.test(c) || ORIGINAL_RIGHT.test(c)))
    return undefined;
  return numberOf(m[1]);
}

/**
 * 确认 N for 「第N条不改了 直接确认」 (updateKeptAsIs), or undefined. Over an edit's preview it is 确认 N 原样: a bare
 * 确认 N there saves the edit previewed, the change just turned down (commands/confirm.ts drops it instead).
 */
export function confirmedAsIs(norm: string, awaiting?: string): Intent | undefined {
  const n = updateKeptAsIs(norm);
  const asIs = awaiting === "edit-confirm" ? " 原样" : "";
  return n === undefined ? undefined : { kind: "command", command: "确认", text: `确认 ${n}${asIs}` };
}

/** 「不改了」「别改了」「甭再改了吧」 after the update named: its edit not wanted any more. */
const NO_MORE_CHANGE =
  /^(?:那|就|先|还是)?(?:不|别|甭|莫|嫑|覅|不用|不要)(?:再)?改(?:了|咧|啦|嘞|哒|喽)?(?:吧|哈|嘛|啊)?$/u;
/** 「还用原来那个」「就按原来的」: the original kept, said beside it. */
const ORIGINAL_KEPT = new RegExp(`^${KEEP}${ORIGINAL}(?:来)?(?:吧|哈|嘛|就行|就好|就可以)?$`, "u");

/**
 * 「第3条不改了」「第5条别改了 还用原来那个」 (b73-130, i34a): after the update named, only that no change is wanted
 * and, beside it, that the original stays — 放弃修改 on it, never the 修改 its 改 names. Anything else said (new words,
 * a figure, 直接确认) is no such drop.
 */
function noMoreChange(rest: string): boolean {
  const clauses = rest.split(/[，,。；;！!～~\s]+/u).filter((c) => c !== "");
  const [first, ...others] = clauses;
  return (
    first !== undefined &&
    NO_MORE_CHANGE.test(first) &&
    others.every((c) => ORIGINAL_KEPT.test(c) || ORIGINAL_RIGHT.test(c))
  );
}
