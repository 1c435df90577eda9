/**
 * A typed answer to 「这是改 #2，还是另一件事？」 (edit-or-new.ts): 「改2的」「改原来那条」「就是改它」 take the edit —
 * the button's own 修改 command, the preview shown again with both changes, unsaved; 「新的」「另外一件事」「两回事」
 * record the line as its own draft (记为填报). A side denied counts for the other (「是新的 不是改」「不是另外的，
 * 改原来的」). A line that says both, neither, another number (「改3的」) or more than a short answer is left to the
 * rest of the rules, which store nothing while the question waits.
 */
export interface EditOrNewAsked {
  seq: number;
  /** The 改 #N button's command: 修改 N with both changes. */
  command: string;
}

const NEW_DENIED = /(?:不是|并非|不算)(?:一?[件条个])?(?:新的?|另外的?|另一[件条个]|另记|单独)/gu;
const EDIT_DENIED = /(?:不是|不用|不要|别|并非)(?:要)?(?:修?改|同一[件条个]|一回事|原来)/gu;
const SAME_THING = /(?:是|就是|算)?(?:同一[件条个]事?|一回事)/u;
const NEW_THING = /新|另外|另一|另记|单独|再记|重新记|别的事|两回事|两码事|两件事/u;
const EDIT = /修?改|原来|之前那|前面那|上面那|刚才那|同一[件条个]|一回事/u;
/** What an answer may hold beside its words: numbers of the update, particles, 是、的、那条. */
const MAX_CHARS = 16;

/** The text the answer stands for (a button's command), or undefined. */
export function editOrNewAnswer(norm: string, asked: EditOrNewAsked): string | undefined {
  const said = norm.trim();
  if (said === "" || [...said].length > MAX_CHARS) return undefined;
  if (/[？?]|吗|呢|还是/u.test(said)) return undefined;
  // Only the number asked about (改2的、#2), never another figure.
  const numbers = [...said.matchAll(/[0-9０-９]+/gu)].map((m) =>
    Number(m[0].replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))),
  );
  if (numbers.some((n) => n !== asked.seq)) return undefined;
  let edit = 0;
  let fresh = 0;
  let rest = said.replace(NEW_DENIED, () => {
    edit++;
    return "，";
  });
  rest = rest.replace(EDIT_DENIED, () => {
    fresh++;
    return "，";
  });
  if (/不是一回事/u.test(said)) fresh++;
  else if (SAME_THING.test(rest)) edit++;
  if (NEW_THING.test(rest)) fresh++;
  if (EDIT.test(rest.replace(/一回事/gu, ""))) edit++;
  // 「新的旧的都不对」: no answer.
  if (/不对|都不|旧的/u.test(rest)) return undefined;
  if (edit > 0 && fresh === 0) return asked.command;
  if (fresh > 0 && edit === 0) return "记为填报";
  return undefined;
}
