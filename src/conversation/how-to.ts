import { isLeader, type Person } from "../domain/org.js";
import type { Command, Reply } from "./types.js";

/**
 * 「怎么导出」「咋删啊」「能改科室吗」: a question about one feature is answered about that
 * feature — its commands and how to say them — not with the generic line or the whole manual.
 * Reporting itself (怎么报、咋填) has the whole 帮助, which starts with it.
 */
const TOPICS: ReadonlyArray<{ re: RegExp; names: readonly string[] }> = [
  { re: /科室|部门/, names: ["科室"] },
  { re: /导出|下载|word|docx|wps|飞书文档|材料表|csv|打印/i, names: ["导出"] },
  { re: /恢复|找回/, names: ["恢复"] },
  // 撤 alone (怎么撤、能撤吗、撤得掉不) is the withdrawal too — 撤离、撤村、撤资 stay.
  { re: /撤回|撤销|撤(?![离村并退资])|删|作废|不要了|去掉/, names: ["撤回", "恢复"] },
  { re: /定稿|审核|退回/, names: ["定稿", "仍要定稿", "退回"] },
  { re: /草稿|初稿|出稿|生成|重写|改写/, names: ["生成总结", "查看草稿", "重写", "改写"] },
  { re: /改|更正|修正|订正/, names: ["修改"] },
  { re: /确认|提交/, names: ["确认", "全部确认"] },
  { re: /请假|出差|休假|不在单位/, names: ["请假", "取消请假"] },
  { re: /提醒|催/, names: ["下周提醒", "本周无进展"] },
  { re: /进度|谁没报|谁还没报/, names: ["进度"] },
  { re: /报了|报过|记录|查看|查询|看到/, names: ["我的填报", "查看"] },
];

/**
 * Asking how (怎么、咋、如何、能不能…吗、能改不、在哪) — not how something stands (「进度咋样」「进度怎么样了」
 * 「草稿如何」) nor whether it is ready (「能定稿了吗」「能定稿了不」), nor 么 of 什么 (「可以了 没什么要改了 就定稿吧」), nor why it is still so
 * (「咋还没出稿子」「怎么还是老样子」), nor what was done (「咋改的」「怎么删过」): those ask for the thing itself. What a feature is for (「恢复是干啥用的」
 * 「本周无进展啥意思」) is asked of the feature named first.
 */
const HOW =
  /(?:能|可以)[^，,。]{1,8}(?<!了)不[^\u4e00-\u9fff]*$|怎么(?!样|还|[改弄写整搞删](?:的|过(?![来去])))|怎样(?![了啊呢呀]*$)|怎麼(?!樣)|如何(?![了啊呢呀]*$)|咋(?!样|还|[改弄写整搞删](?:的|过(?![来去])))|能不能|可不可以|能否|可以(?!.{0,8}了[吗嗎么]).{0,8}(?:[吗嗎]|(?<![什怎那这多要])么)|能(?!.{0,8}了[吗嗎么]).{0,8}(?:[吗嗎]|(?<![什怎那这多要])么)|在哪|(?<![改动变弄写整搞删](?:了|过|咧|哒)?些?)(?:哪里|哪儿)|^[^，,。\s]{1,6}(?:是)?(?:干啥|干嘛|干什么|做什么|做啥|啥意思|什么意思)(?:用)?的?(?:呀|啊|哦|呢)?[?？]*$|^[^，,。\s了]{1,6}有(?:啥|什么)用/;

/** 「怎么导出」: a how-to question about a known feature (never edit text or a guided answer). */
export function asksHowTo(text: string): boolean {
  const t = text.trim();
  return [...t].length <= 24 && HOW.test(t) && TOPICS.some(({ re }) => re.test(t));
}

/** The focused answer, or undefined when the text asks no how-to about a known feature. */
/**
 * A command's help as shown now: its examples name the year a summary is drafted for at present
 * (the help strings are written with 2025).
 */
export function helpLine(help: string, year: number): string {
  return `· ${help.replace(/2025/g, String(year))}`;
}

export function howToReply(
  text: string,
  person: Person,
  commands: readonly Command[],
  year: number,
): Reply | undefined {
  const t = text.trim();
  if (!asksHowTo(t)) return undefined;
  return topicReply(
    TOPICS.find(({ re }) => re.test(t)),
    person,
    commands,
    year,
  );
}

/**
 * The feature a how-to question asks about, by its first command name (「撤回了还能找回来吗」 → 恢复):
 * the argument of the 帮助 it is answered with.
 */
export function howToTopic(text: string): string | undefined {
  const t = text.trim();
  return asksHowTo(t) ? TOPICS.find(({ re }) => re.test(t))?.names[0] : undefined;
}

/** 「帮助 恢复」: the help on one feature, named by a command or a word of it; undefined when none is. */
export function helpAbout(
  args: string,
  person: Person,
  commands: readonly Command[],
  year: number,
): Reply | undefined {
  const a = args.trim();
  if (a === "") return undefined;
  const topic = TOPICS.find(({ names }) => names.includes(a)) ?? TOPICS.find(({ re }) => re.test(a));
  return topicReply(topic, person, commands, year);
}

function topicReply(
  topic: (typeof TOPICS)[number] | undefined,
  person: Person,
  commands: readonly Command[],
  year: number,
): Reply | undefined {
  if (!topic) return undefined;
  const found = topic.names
    .map((n) => commands.find((c) => c.names.includes(n)))
    .filter((c): c is Command => c !== undefined);
  if (found.length === 0) return undefined;
  const leader = isLeader(person);
  const usable = found.filter((c) => leader || !c.leadersOnly);
  if (usable.length === 0)
    return {
      text: `「${found[0]!.names[0]}」是局领导和办公室审阅总结时用的功能：草稿由领导生成、审阅后导出。您这边只需把工作情况发给我，确认后就会计入总结；发送「我的填报」可以查看自己报过的内容。`,
    };
  return { text: [...usable.map((c) => helpLine(c.help, year)), "发送「帮助」查看全部用法。"].join("\n") };
}
