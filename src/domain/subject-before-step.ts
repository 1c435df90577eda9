/**
 * 「…数据表今天报上去了市里要的科技统计年报下周三前也要交」「…材料交上去了还有我们科跟的2个项目月底前要去验收」:
 * dictated with no comma, a thing named with what it belongs to (…的 + noun, nothing done to it) right before a step
 * that opens with a time ahead and has no subject of its own is that step's subject — not the tail of the work
 * told before it. The run-on cut (comma-pieces.ts) falls before the time; this reads the named thing with the step,
 * and the same with a comma typed between them.
 */

/**
 * A thing named with an attribute: 「市里要的科技统计年报」「我们科跟的2个项目」; no aspect, no verb after the noun. Not one
 * opening with a count (「拨下去了十二万|…」: the count is the object of the verb before).
 */
const NAMED_THING =
  /^(?:(?:另外|然后)?还有)?(?![\d一二两三四五六七八九十百千万几])(?![^的]*[了过着已完])[\u4e00-\u9fff\d]{1,12}的(?![^的]*[了过着已完])[\u4e00-\u9fff\d]{2,12}$/;

/** A step that opens with a time ahead and goes on with no subject: 「下周三前也要交」「月底前要去验收」. */
const TIME_THEN_STEP =
  /^(?:下周[一二三四五六日天]?|下个?礼拜[一二三四五六日天]?|下个?星期[一二三四五六日天]?|下个?月(?:初|中|底)?|明天|后天|明年|年底|月底|年前|节前|春节前|元旦前|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[号日])前?(?:也|还|都|就)?(?:要|得|需要|必须|准备|打算|计划|再|去|开始)/;

/** A count (and its measure word) right after 了, the object of the verb before it: 十二万、八十万元、3200户. */
const COUNT_OBJECT =
  /^[\d一二两三四五六七八九十百千万亿几.]+[多余来]?(?:万|亿)?(?:块钱|块|元|个|人|名|家|户|项|次|场|期|份|件|套|台|亩)?(?=今年|去年|年初|新|刚)/;

const COUNT_HERE = /\d|[一二两三四五六七八九十百千万几][多余来]?(?:个|人|名|家|户|项|次|场|期)/;

/**
 * A named thing, not a predicate or a count: 「欠费的有三百多户」 (有), 「拿到证的四十七个」 (only a count after 的),
 * 「培训五十二人拿到证的…」 (a count before 的) say what there is, not what the step is about.
 */
function namedThing(s: string): boolean {
  if (!NAMED_THING.test(s)) return false;
  const at = s.lastIndexOf("的");
  const head = s.slice(0, at);
  const noun = s.slice(at + 1);
  if (COUNT_HERE.test(head) || /^(?:有|是|在|都|也|还|就|要|会|能|没|不)/.test(noun)) return false;
  return (
    (noun.replace(/^[\d一二两三四五六七八九十百千万几]+[多余来]?个?/, "").match(/[\u4e00-\u9fff]/g) ?? [])
      .length >= 2
  );
}

/** `piece` names the subject of the time-led step `next` (typed with a comma between or not). */
export function subjectOfNextStep(piece: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  return namedThing(piece.replace(/[，,、\s]+$/, "").trim()) && TIME_THEN_STEP.test(next.trim());
}

/**
 * Pieces (kind-turns.ts output) with a named thing at the tail of one, after its last 了, moved to the head of the
 * time-led step after it: 「…报上去了市里要的科技统计年报|下周三前也要交」 → 「…报上去了|市里要的科技统计年报下周三前也要交」.
 * Only where no comma was typed between the two pieces.
 */
export function subjectsToSteps<T extends { text: string; kind?: unknown }>(
  pieces: T[],
  readsPlan: (s: string) => boolean,
): T[] {
  const out = pieces.map((p) => ({ ...p }));
  for (let i = 0; i + 1 < out.length; i++) {
    const piece = out[i]!;
    const next = out[i + 1]!;
    if (/[，,、;；\s]$/.test(piece.text) || !TIME_THEN_STEP.test(next.text.trim())) continue;
    const at = piece.text.lastIndexOf("了");
    if (at < 4 || at >= piece.text.length - 3) continue;
    // 「拨下去了十二万|今年新组建的4个团队|下周要…」: a count right after 了 is the object of the verb before; the
    // named thing after it is still the step's subject.
    const count = COUNT_OBJECT.exec(piece.text.slice(at + 1))?.[0] ?? "";
    const tail = piece.text.slice(at + 1 + count.length);
    if (!namedThing(tail) || !readsPlan(next.text)) continue;
    piece.text = piece.text.slice(0, at + 1 + count.length);
    next.text = tail + next.text;
  }
  return out;
}
