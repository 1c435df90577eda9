import { rulesUnsure, type SecondReading } from "./rules-unsure.js";

/**
 * 「确任一下」「全确人了吧」「第五条撤会 报重了」「查卡5号」「尽度咋样了」「催抱一下没交的」「可以咧 定搞吧」: a command's word typed
 * with one character swapped for another of the same sound (the pinyin input method's slip). Where the rules read
 * such a message as nothing (small talk, unclear) or only guessed at it — or as another command, by a word beside the
 * slip — the message is read once more with the word put right; the second reading is taken only when the rules themselves find a command in it (or an answer to
 * what waits) — never a report, never a guess. Words that are words of their own (回复、倒出、推回、退会) are not
 * taken for slips.
 */
const SOUNDS: Record<string, string> = {
  确: "却缺雀鹊榷",
  认: "任人忍仁韧刃",
  撤: "彻澈扯",
  回: "会汇挥灰毁悔辉",
  恢: "灰挥辉徽",
  复: "服附付副福负富覆腹府幅",
  修: "休秀羞袖",
  改: "该盖概钙",
  进: "近尽劲晋浸",
  度: "渡肚杜镀",
  催: "崔摧翠",
  报: "抱宝暴爆豹",
  导: "到倒捣",
  出: "初处除楚储",
  定: "订顶钉盯",
  稿: "搞告糕膏",
  填: "甜田添",
  删: "闪衫珊",
  退: "推腿褪",
  帮: "邦棒榜绑",
  助: "住注祝驻",
  看: "卡刊砍侃坎",
};

/** The commands' words people type inside everyday phrasing. */
const WORDS = [
  "确认",
  "撤回",
  "恢复",
  "修改",
  "进度",
  "催报",
  "导出",
  "定稿",
  "填报",
  "删除",
  "退回",
  "帮助",
  "查看",
];

/** Words of their own that one sound away from a command's word (回复 a reply, 倒出 poured out …). */
const REAL_WORDS = new Set(["回复", "倒出", "道出", "推回", "退会", "修盖", "帮主", "定搞", "确人"]);

/** 定搞、确人 stand inside real phrases (一定搞好、准确人数): a slip only where nothing joins them to a word before. */
const BOUND_SLIPS: ReadonlyArray<[string, string]> = [
  ["定搞", "(?<![一肯决规约确稳])"],
  ["确人", "(?<![准正明精的])"],
];

/**
 * Every slip and the word it stands for, as one pattern: the classifier reads each message through it, so one
 * pass, not one per slip.
 */
const WORD_OF = new Map<string, string>();
const SLIP: RegExp = (() => {
  const sources: string[] = [];
  for (const word of WORDS)
    for (let i = 0; i < 2; i++)
      for (const c of SOUNDS[word[i]!] ?? "") {
        const slip = i === 0 ? c + word[1] : word[0] + c;
        if (REAL_WORDS.has(slip) || WORD_OF.has(slip)) continue;
        WORD_OF.set(slip, word);
        // 到出差、到出口: 到出 joined to the word after it is no 导出. 查卡、查刊… stand for 查看 only before what 查看
        // looks at (「查卡5号」「查卡第三条」「查刊草稿」), not in 查卡里余额、查卡号.
        sources.push(
          slip === "到出"
            ? "到出(?![差口发门租售现席])"
            : word === "查看"
              ? `${slip}(?=\\s*(?:第|#|＃|[0-9０-９一二三四五六七八九十两]+(?![号码]?[位张])|草稿|稿|填报|我的|一下|下))`
              : slip,
        );
      }
  for (const [slip, before] of BOUND_SLIPS) {
    WORD_OF.set(slip, slip === "定搞" ? "定稿" : "确认");
    sources.push(`${before}${slip}`);
  }
  return new RegExp(sources.join("|"), "g");
})();

/** The message with every slip of a command's word put right; undefined when there is none. */
export function slipsMended(norm: string): string | undefined {
  return mend(norm)?.text;
}

function mend(norm: string): { text: string; words: Set<string> } | undefined {
  const words = new Set<string>();
  const text = norm.replace(SLIP, (slip) => {
    const word = WORD_OF.get(slip) ?? slip;
    words.add(word);
    return word;
  });
  return text === norm ? undefined : { text, words };
}

/** The command a word put right names (删除 is 撤回's). */
const NAMED: Record<string, string> = { 删除: "撤回" };

/**
 * The reading of a message whose command word was mistyped: `intent` is what the rules made of it as typed,
 * `classify` the whole classifier (run on the mended text).
 */
export const commandRetyped: SecondReading = (intent, norm, ctx, classify) => {
  const unsure = rulesUnsure(intent);
  // 「刚撤的那条帮我恢服一下」: read as another command by a word beside the slip (撤), the slip's command wins.
  if (!unsure && intent.kind !== "command") return undefined;
  const mended = mend(norm);
  if (!mended) return undefined;
  const again = classify(mended.text, { ...ctx, guess: null });
  const named = again.kind === "command" && mended.words.has(again.command);
  const slipNamed = again.kind === "command" && [...mended.words].some((w) => NAMED[w] === again.command);
  if (!unsure)
    return (named || slipNamed) &&
      again.kind === "command" &&
      intent.kind === "command" &&
      again.command !== intent.command
      ? again
      : undefined;
  if (again.kind === "command" && !again.guessed) return again;
  if (again.kind === "answer" && again.answer !== "text" && ctx.awaiting !== "nothing") return again;
  return undefined;
};
