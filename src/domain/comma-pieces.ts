import { pieceKind, SET_TASK } from "./clause-kind.js";
import { plainDialect } from "./dialect-words.js";
import { withoutOpener } from "./extraction-schema.js";
import { planInAttribute } from "./told-as-done.js";

/**
 * One sentence cut into the pieces whose kinds extraction reads (extract.ts): at its commas (not
 * inside quotes or brackets), at a space typed for a comma, and, in text run together as dictated,
 * where the speaker turns (a time ahead, 但是, 其中, 有 + a count after a figure…).
 */

const OPEN = "“「『《（(【";
const CLOSE = "”」』》）)】";

export function commaPieces(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i] ?? "";
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if ((c === "，" || c === "," || spaceComma(sentence, i, from)) && depth === 0) {
      out.push(sentence.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < sentence.length) out.push(sentence.slice(from));
  // Voice input runs clauses together: 「收集了47条意见下周整理好报局里」 turns at 下周.
  // 「剩下8个村明年上半年建好」: what is left is the subject of what follows, not a clause of its own.
  // 「还剩3个年底前验收」 likewise: what is left, then when it will be done. 「反弹的有两处」 (a part
  // picked out by its state, then counted) is one clause.
  // 「县里要求年底前建成的15个站」: a deadline inside an attribute says which thing, not a turn (told-as-done.ts).
  const whole = (p: string) =>
    /^\s*(?:还剩|剩下|剩余|其余|余下)/.test(p) ||
    // 「第3批明年交」: a part named by its number, then when it is done; 「推到了明年3月」: the date put off to.
    /^\s*第[\d一二三四五六七八九十]+[\u4e00-\u9fff]{1,2}(?:明年|下个?月|年底|年后|开春)/.test(p) ||
    /(?:推|拖|延|挪|推迟|延迟|延后)(?:到|至)了?(?:明年|下个?月|年底|年后|开春|下半年)/.test(p) ||
    // 「县里定了明年要完成2000户改厕」: a task set from above, the time ahead its object's.
    SET_TASK.test(p) ||
    planInAttribute(p, (s) => pieceKind(s));
  return out.flatMap((p) => (whole(p) ? [p] : runOnParts(p)));
}

/**
 * `p` cut where RUN_ON_TURN finds a turn in it, read with its dialect words in Mandarin (「…经费使用下昼去…」
 * turns as 「…下午去…」 does; the mapping keeps the length, dialect-words.ts), the original words kept.
 */
function runOnParts(p: string): string[] {
  const plain = plainDialect(p);
  const parts = plain.split(RUN_ON_TURN);
  let from = 0;
  return parts.map((x) => {
    const at = from;
    from += x.length;
    return p.slice(at, from);
  });
}

/**
 * People typing in chat put a space where a comma goes: 「新招了12个医学毕业生 有3个还没到岗」. A space
 * between two Chinese words, after a piece of some length that is not a filler (还有 、另外 ), cuts
 * like a comma; 「12 个村」 (a space inside a figure) and 「三、存在问题 …」 (a heading) do not.
 */
function spaceComma(s: string, i: number, from: number): boolean {
  if (!/\s/.test(s[i] ?? "") || /\s/.test(s[i + 1] ?? "")) return false;
  const before = s.slice(from, i).trim();
  // 「培训茶农380人次 12月份还要…」: a date in digits after the space opens a clause as a word does, and so does a
  // count in digits that heads a clause of its own (「走访了12个村 3个村还没通宽带」, as 「三个村还没通宽带」 does).
  const next = s.slice(i + 1);
  if (
    !/[\u4e00-\u9fff%）)」”》]$/.test(before) ||
    !/^(?:[\u4e00-\u9fff“「《（(]|\d{1,2}(?:月|号|日)|\d+(?:多|余|来)?[个家户名人所处座条台辆间栋位项件][\u4e00-\u9fff]{2})/.test(
      next,
    )
  )
    return false;
  if ((before.match(/[\u4e00-\u9fff]/g) ?? []).length < 3) return false;
  return withoutOpener(`${before} x`) === `${before} x`;
}

// 「下一步就是…」: 一步 after 下 is no count; 「今天赶走明天又来」: 明天又 says it comes back, not a time ahead;
// 「审批一等就是半个月」「一干就是十五年」: 一 + a verb + 就是 is how long it goes on, no count and no turn.
const RUN_ON_TURN =
  /(?<=[\d一二两三四五六七八九十百千万][多余来]?[\u4e00-\u9fff]{1,8})(?<![还没只就也都共又要才仅现所拥具享持占含存中里内下上的])(?=有(?:[\d一二两三四五六七八九十]+|几)(?:多|余)?[个户家座处间栋名人位所条辆台块件])|(?<=[\u4e00-\u9fff]{2})(?<!计划|打算|准备|拟|将|力争|争取|要|和|或|及|至|到|等|(?:任务|目标|指标)[是为]|但是|可是|不过|而且)(?<!(?:剩下|剩余|其余|还剩|余下)的?[^，。了]{0,8})(?=下周|下个?礼拜|下个?星期|过(?:两|几|一两)天(?!了)|下个?月|明天(?!又|再?(?:核对|核实|核|问|确认|对|算|查)(?:一)?下)|后天|下一步|下步|明年|接下来|(?<!年)年底前|(?<![\d一二三四五六七八九十年于在到至])(?:十[一二]?|[一二三四五六七八九])?月底前|开春|回头(?!看|(?:再|我|给您?|跟您?)?(?:核|查|问|确认|对|算|补|统计|落实|报))|(?:春节|元旦|国庆|中秋|端午|清明|五一)前)|(?<=[\u4e00-\u9fff]{2})(?<!今天|今日|昨天|明天(?!又|再?(?:核对|核实|核|问|确认|对|算|查)(?:一)?下)|当天|每天|计划|打算|准备|和|或|到)(?=下午|傍晚|晚上)|(?<=[\u4e00-\u9fff\d]{2})(?=但是|不过(?!来|去|问|关|瘾|如此)|可是)|(?<=[\u4e00-\u9fff\d]{6})(?<!的|和|及|并|在|有|是|被|把|将|已|还|未|没)(?=其中|目前|主要是|原因是)|(?<=[\d一二两三四五六七八九十百千万][多余]?(?:[\u4e00-\u9fff]{1,2}|%))(?<!\d{4}年度?)(?<!第[\d一二两三四五六七八九十]+[\u4e00-\u9fff]{1,2})(?<![下这那每同统逐唯]一[\u4e00-\u9fff]{1,2})(?<!(?<!现在|目前|如今|一共|总共|累计)有[\d一二两三四五六七八九十几]+(?:多|余)?[\u4e00-\u9fff]{1,2})(?!(?<=一[等拖卡压搁停干搞坐站熬忙待呆蹲])就是)(?=还有|已经|年底前|(?<![\d一二三四五六七八九十年于在到至])(?:十[一二]?|[一二三四五六七八九])?月底前|(?:元旦|春节|国庆|中秋|端午|清明|五一|节|寒假|暑假|开学|放假)(?:[前后]|期间)|(?:寒假|暑假)(?=[\u4e00-\u9fff]{2})|年后(?!的)|下一?期(?!间)|下一步|下步|下周|下个?礼拜|下个?星期|下个?月|下半年|明天(?!又|再?(?:核对|核实|核|问|确认|对|算|查)(?:一)?下)|明年|接下来|准备|计划|打算|就是|回头(?!看|(?:再|我|给您?|跟您?)?(?:核|查|问|确认|对|算|补|统计|落实|报)))/;
