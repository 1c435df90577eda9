import { withoutTrailingMarks } from "./trailing-marks.js";

/**
 * How a yes-no question closes, in any dialect the staff type: a word that makes it a question (吗、么、伐、
 * 啵、咩, or a no-word 不、没、冇、无、未 at the end: 上班不、放假冇、上班无) followed by any run of the closing
 * particles each region adds (咧、嘞、哩、啊、哦、喃、撒、哇…: 上班不咧、要克上班啵), or a tag of checking at the end
 * (Jianghuai 啊是: 要上班啊是; 是吧、对吧) — and A-not-A with any no-word (放不放、放冇放、在岗不在岗).
 *
 * Only the shape is read — one class of closing particles, not one dialect's word at a time — so the next
 * writer's particle is a question if it closes a clause after a question word. A particle alone (上班啊) asks
 * nothing: it is said of statements too.
 */
const NO = "不没冇无未冒";
const ASKER = "吗么嘛伐啵咩";
/** The closing particles of the regions (not a question by themselves). */
const PARTICLES = "啊呀哦喔噢咯嘞咧哩喃撒噻唦哈呢哇吧啦嘛咩唻嗦咪噶嘎哒咹";
const CLOSES = new RegExp(
  `(?:[${NO}${ASKER}]|[${NO}](?:得|有))[${PARTICLES}]*$|(?:啊是|是吧|是不|对吧|是伐)$`,
  "u",
);
/** A-not-A with any no-word: 放不放、放冇放、上不上、在岗不在岗、来没来. */
const A_NOT_A = new RegExp(`([\\u4e00-\\u9fff]{1,2})[${NO}]\\1`, "u");

/** Whether `clause` closes as a yes-no question (its closing marks and emoji dropped first). */
export function closesAsQuestion(clause: string): boolean {
  const bare = withoutTrailingMarks(clause, "。.!！～~?？");
  return /[?？]\s*$/u.test(clause) || CLOSES.test(bare) || A_NOT_A.test(bare);
}

/** A-not-A said with another no-word (放冇放、在岗没在岗) as the 不 of Mandarin (放不放). */
export function plainANotA(text: string): string {
  return text.replace(new RegExp(`([\\u4e00-\\u9fff]{1,2})[${NO}](?=\\1)`, "gu"), "$1不");
}
