/**
 * 「试点做了两年」「连续抓了三年」「坚持了十来年」: years of work said in Chinese numerals (round thirty-eight, fig38).
 * A year is written with four digits (二〇二六年、二零二五年), so a number of at most two digits before 年, after a
 * trial or a run kept up (试点、试行、连续、坚持), is how long the work went on — counted like 试点3个月 — not a date.
 * How long a thing was in use or a person in post (用了十来年、干了三年) is still no figure (figure-age.ts).
 */
const SHORT_NUMBER =
  /^(?:[一二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)$/;
const WORK_KEPT_UP =
  /(?:试点|试行|试运行|连续|坚持|一连|接连)[^，,。；;！!？?\s\d]{0,4}?(?:快|近|将近|有|整整|足足|了)*$/;

export function yearsOfWork(t: string, cs: number, core: string): boolean {
  return SHORT_NUMBER.test(core) && WORK_KEPT_UP.test(t.slice(Math.max(0, cs - 10), cs));
}
