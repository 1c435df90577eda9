/**
 * What the confirmation card shows of a clause: the clause as understood, without the chat around
 * it — emoji and sticker codes (「今天下乡💪」, 「[微笑]」), fillers a voice message or a quick
 * typist leaves at a clause's head (「呢培训了农民」「然后」「嗯」) and topic tags (「研发这块帮」).
 * Display only: the stored update keeps every word, and no digit or figure is touched.
 */
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\[[\u4e00-\u9fff]{1,3}\]/gu;
const FILLER = /^(?:呢|嗯+|呃+|哦+|啊|然后呢?|那个|就是说?|对了|另外呢?)(?:[，,、\s]+|(?=[\u4e00-\u9fff]))/u;
const TAG = /^([\u4e00-\u9fff]{1,6}?)(?:那边|这边|这块|那块)(?:的话|呢)?[，,：:\s]*(?=[\u4e00-\u9fff\d])/u;
/**
 * 「党建方面，…」「安全生产方面 …」: a label with 方面 set off by a comma or space. Not 一方面、另一方面、
 * 各方面、这方面 (discourse, or the words' own subject), nor 「用地方面的问题」 (no pause after it).
 */
const ASPECT_HEAD = "(?![一另各多其这那两某哪诸全])([\\u4e00-\\u9fff]{2,8}?)方面(?:的工作|工作)?(?:的话|呢)?";
const ASPECT_TAG = new RegExp(`^${ASPECT_HEAD}[，,：:\\s]+(?=[\\u4e00-\\u9fff\\d])`, "u");
const ASPECT_ONLY = new RegExp(`^${ASPECT_HEAD}[，,。：:\\s]*$`, "u");

/** Who or where the speaker is (我们这边、咱这块、局里那边), never what the work is: always dropped. */
const SPEAKER_TAG = /^(?:我们?|咱们?|俺们?|他们|我们?这|咱这|局里|科里|站里|所里|股里|队里|单位|这|那)$/u;

/**
 * card42: a topic tag is dropped when the section shown on the card says it (研发这块 under 科技项目与研发投入) or it
 * only names the speaker (我们这边); one that names the work itself (农民田间学校这块、廉政教育这块、食用菌基地那边)
 * stays, or 「举办了5期」 says nothing of what was held. Without `section` (labels), every tag goes, as before.
 */
export function tagSaidBy(section: string | undefined): (tag: string) => boolean {
  return (tag) =>
    section === undefined || SPEAKER_TAG.test(tag) || section.includes(tag.replace(/工作$/u, ""));
}

export function tidyForCard(text: string, dropTag: (tag: string) => boolean = tagSaidBy(undefined)): string {
  let t = text.replace(EMOJI, " ").replace(/\s+/gu, " ").trim();
  const untag = (s: string, re: RegExp) => s.replace(re, (all, tag: string) => (dropTag(tag) ? "" : all));
  for (let round = 0; round < 3; round++) {
    const before = t;
    t = t.replace(FILLER, "").trim();
    const untagged = untag(untag(t, TAG), ASPECT_TAG).trim();
    // 「研发这块帮」 keeps its tag: one character left is no clause.
    if (untagged.length >= 2) t = untagged;
    if (t === before) break;
  }
  // 「培训了农民五十人 效果挺好的」: the gap an emoji left is no word.
  return t.replace(/\s+(?=[，。；！？,.;!?]|$)/gu, "") || text.trim();
}

/** A clause that is only a topic tag (「成果转化那边」「人才这块」): the section already says it. */
export function isTopicTag(text: string): boolean {
  return topicOf(text) !== undefined;
}

/** The topic a clause that is only a topic tag names (「农民田间学校这块」 → 农民田间学校). */
export function topicOf(text: string): string | undefined {
  const t = text.trim();
  const m =
    ASPECT_ONLY.exec(t) ??
    /^([\u4e00-\u9fff]{1,8}?)(?:那边|这边|这块|那块)(?:的工作|工作)?(?:的话|呢|嘛|啊)?[，,。：:\s]*$/u.exec(
      t,
    );
  return m ? (m[1] ?? "") : undefined;
}
