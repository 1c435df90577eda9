/**
 * A colleague named in a message, the way colleagues name each other: the full name (何婷), or — when the roster
 * leaves exactly one person it can be — the surname with 小/老/阿 before it (小何、老孙), with a form of address
 * after it (何姐、孙哥、李工、李科、王主任、林局), or the given name alone when it has two characters (晓梅).
 * 「小何那边报了没」 from a leader asks for 何婷's reports as 「何婷报了没」 does. Two people with the surname
 * (two 李) leave 小李 unread: nobody is picked by a guess.
 */

/** Two-character surnames a roster name may start with (欧阳晓、司马磊); others are the first character. */
const COMPOUND =
  /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|司徒|端木|长孙|宇文|轩辕|独孤|南宫)/;
const BEFORE = "(?:小|老|阿)";
/**
 * Forms of address after a surname. Not 局/局长/书记: they address the bureau's leaders, who report nothing —
 * 「周局说稿子要看一下」 passes on a leader's word, it asks for nobody's reports.
 */
const AFTER = "(?:姐|哥|工|科长|科|主任|队长|老师|站长|所长|师傅)";
/**
 * What may follow a name said short: the end, a mark, or a word that starts a new part of the sentence (那边、这周、
 * 报了、的…). 「小孙子」「老林场」「老林子」 go on into another word and name nobody.
 */
const NEXT =
  "(?=$|[\\s，,。.？?！!、：:~～]|那|这|的|报|交|填|今|本|上|最|近|呢|啥|咋|怎|有|没|还|呀|啊|嘛|吧|哈|和|跟|说|在|去|也|都|他|她|催|让|叫|赶|抓|快|一|再)";

export interface PersonSaid {
  /** The words as written in the message (小何). */
  said: string;
  /** The roster name (何婷). */
  name: string;
}

export const surnameOf = (name: string) => COMPOUND.exec(name)?.[0] ?? name.slice(0, 1);

/** `fullOnly`: the full name alone (what staff say of a colleague is mostly a word passed on, 「王主任说…」). */
export function personSaid(
  norm: string,
  people: readonly string[],
  fullOnly = false,
): PersonSaid | undefined {
  const full = people.find((n) => n.length >= 2 && norm.includes(n));
  if (full) return { said: full, name: full };
  if (fullOnly) return undefined;
  for (const name of people) {
    if ([...name].length < 2) continue;
    const surname = surnameOf(name);
    const given = name.slice(surname.length);
    const sameSurname = people.filter((p) => surnameOf(p) === surname).length;
    const forms: string[] = [];
    if (sameSurname === 1) forms.push(`${BEFORE}${surname}`, `${surname}${AFTER}`);
    if ([...given].length >= 2 && people.filter((p) => p.endsWith(given)).length === 1) forms.push(given);
    for (const form of forms) {
      const hit = new RegExp(`${form}${NEXT}`, "u").exec(norm);
      if (hit) return { said: hit[0], name };
    }
  }
  return undefined;
}
