import { frontedObject } from "../conversation/card-label-fronted.js";

/**
 * draft43b: work said with its object first and the count last, as the offline draft wrote it after cleaning —
 * 「双创大赛我局组织1场」「科普讲座我局举办3场」「创新券我局发放25张」. The card writes these verb first since card43
 * (card-label-fronted.ts); the draft now writes the same clause the same way: 组织双创大赛1场, 举办科普讲座3场. Only a
 * clause that is exactly thing + 我局/我们 + verb + count is touched; a person or another body first (专家我们请了3位) is
 * left as said, as on the card. Films watched (警示教育片看了三回, cleaned to 查看3次) are 观看, verb first.
 */

/** thing, who, verb, count: 「双创大赛」「我局」「组织」「1场…」. The thing opens the clause. */
const CLAUSE =
  /(^|[，,。；;：:])([\u4e00-\u9fff]{2,12}?)(我局|我科|我们|咱们|俺们)((?:新)?[\u4e00-\u9fff]{1,4}?)了?((?:约|近|共)?\d[\d.]*(?:多|余)?[\u4e00-\u9fff]{1,2}(?:[\u4e00-\u9fff]{0,8})?)(?=[，,。；;]|$)/gu;
/** Words that open a clause with a time or a place rather than a thing (今年、上半年、在石桥村): not fronted objects. */
const NOT_A_THING = /^(?:今年|去年|全年|上半年|下半年|本月|本季度|\d|在|到|从|为|给|对|向|和|与|跟)/u;
/** Verbs whose object is people sent, brought in or trained (选派科技特派员); 陪同、请 are not among them. */
const PEOPLE_TAKEN = /^(?:选派|引进|培训|培养|表彰|招聘|聘请|选聘|招录|评选)$/u;
/** Verbs whose object is people accompanied or received (陪同领导、接待考察团). */
const PEOPLE_MET = /^(?:陪同|陪|接待|迎接|招待)$/u;
/**
 * draft45: whom we went with, how often, then where and what for (陪同领导2次去联系村调研、陪同县领导4次下乡检查): the count
 * is of the trips, so it closes the clause — 陪同领导赴联系村调研2次, 陪同县领导下乡检查4次; 去/到 a place is 赴, as
 * going-written.ts writes it; 回、趟 are 次. 陪同了领导2次: the 了 before whom goes.
 */
const WENT_WITH =
  /(陪同|陪着|跟随|随同)了?([\u4e00-\u9fff]{0,6}?(?:领导|专家|同志|检查组|考察团|调研组|督导组|工作组|客人|书记|局长|县长|主任))((?:[\d]+|[一二两三四五六七八九十]{1,3})(?:次|回|趟))(?:(去|到|赴)([\u4e00-\u9fff]{2,14}?)|(下乡|下村|入户|进村)([\u4e00-\u9fff]{0,8}?))(?=[，,。；;]|$)/gu;
const SMALL: Record<string, string> = {
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
  十: "10",
};
function tripsLast(
  _m: string,
  verb: string,
  whom: string,
  count: string,
  go?: string,
  where?: string,
  out?: string,
  what?: string,
): string {
  const n = count.replace(/[次回趟]$/u, "");
  const times = `${SMALL[n] ?? n}次`;
  const v = /^陪着?$/u.test(verb) ? "陪同" : verb;
  return go ? `${v}${whom}赴${where}${times}` : `${v}${whom}${out}${what}${times}`;
}
/** Films and shows watched: 看 / 查看 is 观看. */
const WATCHED =
  /(^|[，,。；;：:])((?:组织(?:党员|干部|职工)?)?)([\u4e00-\u9fff]{0,8}?(?:教育片|宣传片|警示片|专题片|纪录片|电影|影片))(?:查看|看了|看)((?:约|近)?\d[\d.]*(?:多|余)?(?:次|回|场|遍|部))(?=[，,。；;]|$)/gu;

/**
 * draft44b: people said before their verb with no 我局 (农民培训了三百来人、科技特派员选派了十五个) — the card writes them
 * verb first since card44 (card-label-fronted.ts frontedObject): 培训农民300余人, 选派科技特派员15个. The draft asks the
 * card's rule; a thing or a body first (企业培训了两百人、新品种引进了五个) is left as said, as on the card. Only a count of
 * people ends the clause (人、名、个、位).
 */
const PEOPLE_CLAUSE =
  /(^|[，,。；;：:])([\u4e00-\u9fff]{2,10}?)(选派|引进|培训|培养|表彰|招聘|聘请|选聘|招录|评选)了?((?:约|近|共)?\d[\d.]*(?:多|余)?(?:人次|人|名|个|位))(?=[，,。；;]|$)/gu;

export function frontedWork(text: string): string {
  return (
    text
      .replace(WENT_WITH, tripsLast as (m: string, ...a: string[]) => string)
      // 「陪同领导去联系村调研3次」: going with them to a place is 赴 (going-written.ts), nothing else moved.
      .replace(
        /(陪同|跟随|随同)([\u4e00-\u9fff]{0,6}?(?:领导|专家|检查组|考察团|调研组|督导组|工作组))(?:去|到)(?=[\u4e00-\u9fff]{2})/gu,
        "$1$2赴",
      )
      .replace(
        /陪同了(?=[\u4e00-\u9fff]{0,6}?(?:领导|专家|同志|检查组|考察团|调研组|督导组|工作组)\d)/gu,
        "陪同",
      )
      .replace(PEOPLE_CLAUSE, (whole, lead: string, people: string, verb: string, count: string) => {
        const label = frontedObject(`${people}${verb}`);
        return label === `${people}${verb}` ? whole : `${lead}${label}${count}`;
      })
      .replace(CLAUSE, (whole, lead: string, thing: string, we: string, verb: string, count: string) => {
        if (NOT_A_THING.test(thing)) return whole;
        // 「科技特派员我局选派12名」: people are the object of these verbs when 我局 is said as the one acting.
        if (PEOPLE_TAKEN.test(verb)) return `${lead}${verb}${thing}${count}`;
        // draft44: 「领导我们陪同了两次」「上级检查组我们接待了五批」 — with 我们 said as the one acting, who is accompanied or
        // received is the object: 陪同领导2次, 接待上级检查组5批.
        if (PEOPLE_MET.test(verb))
          return `${lead}${verb}${thing}${count.replace(/[回趟](?=[^\u4e00-\u9fff]|$|[去到赴])/u, "次")}`;
        const label = frontedObject(`${thing}${we}${verb}`);
        // The card's rule left it as said (a person first, a 的): the draft leaves it too.
        if (label === `${thing}${we}${verb}`) return whole;
        return `${lead}${label}${count}`;
      })
      .replace(WATCHED, (_m, lead: string, organised: string, film: string, count: string) =>
        organised
          ? `${lead}${organised}观看${film}${count}`
          : `${lead}观看${film}${count.replace(/[回遍]$/u, "次")}`,
      )
  );
}
