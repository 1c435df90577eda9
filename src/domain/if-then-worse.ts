/**
 * A bad thing that will happen again if something happens (docs/extraction.md, 第二十三轮):
 * 「路还是土路，要是再刮白毛风，路又得堵」「一下大雨就水浸，要是再来台风，铺面又要泡水」
 * 「积水抽干了，但是明朝要是再下，还得淹」. The 再 in the condition is "again", not "then" (再请…),
 * and the 得/要 in the outcome is what will befall the thing, not the office's intention: the
 * condition and its outcome are the problem. 「要是下雨就组织人抽水」 — the office's own step after
 * the condition — stays a plan.
 */

/** A condition not yet met: 要是、如果、万一、一旦、假如、若是 at the head (after a 但是 at most). */
export const HYPOTHESIS =
  /^(?:但是?|可是|不过|而且)?[^，。；]{0,4}?(?:(?<![主只就还总硬不需])要是|如果|万一|一旦|假如|假使|若是|倘若)/;

/** The office's own steps: after a condition these make a plan (要是下雨就组织人抽水). */
const STEP =
  /^(?:马上|立即|立马|赶紧|及时|第一时间)?(?:组织|安排|派|请|叫|喊|上门|通知|启动|转移|抢|修|补|换|清|拉|送|去|来|到|报|开|找|联系|协调|申请|处理|疏散|撤)/;

/** The outcome after a condition: again, still or then, must or will, and what befalls the thing. */
const OUTCOME = /^[^，。；]{0,4}?(?:(?:又|还|也|都)(?:得|要|会|该)?|就(?:得|要|会))([\u4e00-\u9fff])/;

/** `piece` is the bad outcome of the condition said in `before` (or in the piece itself: 万一病了就得停伙). */
export function worseIf(piece: string, before: string | undefined): boolean {
  const t = piece.trim();
  let rest: string | undefined;
  if (before && HYPOTHESIS.test(before.trim())) {
    const m = OUTCOME.exec(t);
    if (m) rest = t.slice(m.index + m[0].length - 1);
  } else if (HYPOTHESIS.test(t)) {
    const m = /(?:又|还|也|都)(?:得|要|会|该)|就(?:得|要|会)/.exec(t);
    if (m && m.index > 2) rest = t.slice(m.index + m[0].length);
  }
  return !!rest && !STEP.test(rest) && !/已|完成/.test(rest);
}

/** Then (就、便、那就), and the office's step after it, nothing said done nor befalling: 就整段换新的、就先从储备库调草过去. */
const THEN_STEP =
  /^(?:那|那么)?(?:就|便)(?!是|算|行|好|够|没|不|又|还|得|会|要|能|可以)([\u4e00-\u9fff][^，。；]*)$/;

/**
 * `piece` is the office's step once the condition comes: 「要是再下一场大雪，就先从储备库调草过去」
 * (the condition said in `before`) or 「要是再爆就整段换新的」 (in the piece itself) — a plan, though a
 * problem word names the condition. 「万一出点事就断了」「一旦断电就得停产」 are what befalls, not steps.
 */
export function stepIf(piece: string, before: string | undefined): boolean {
  const t = piece.trim().replace(/[。！!~～]+$/u, "");
  let then: string | undefined;
  if (HYPOTHESIS.test(t)) {
    const at = t.search(/(?:那|那么)?(?:就|便)/);
    if (at > 0) then = t.slice(at);
  } else if (before && HYPOTHESIS.test(before.trim())) then = t;
  const m = then ? THEN_STEP.exec(then) : null;
  return !!m && !/了|已|完成|过了/.test(m[1] ?? "");
}
