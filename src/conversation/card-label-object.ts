/**
 * draft51: a topic said before a verb that has its own object (「食品生产这块 检查企业二十三家」「气瓶这块 查了充装站四个」).
 * card44 joined the topic only to a bare verb, so the row read 「检查企业 23家」 — which firms? When the object is a general
 * holder the topic can qualify (企业、单位、商户、门店、场所、样品、充装站、加油站…), the topic goes before it, as a 公文 writes
 * it: 检查食品生产企业 23家, 检查气瓶充装站 4个. When the topic is itself the activity the verb is part of (食品安全抽检这块
 * 抽检样品), the topic names the object: 食品安全抽检样品 320批. A topic that is a place, a person or a whole field is
 * read before this (card-label-topic.ts); an object that already holds the topic (or starts as it does: 药品…药店) is left
 * alone. A thing checked that is no holder (特种设备那块 检查电梯) is the topic's too: 检查特种设备电梯.
 */
const VERB =
  /^(?:新|共|累计|先后|集中|专项)?(检查|抽查|抽检|检测|快检|排查|巡查|督查|约谈|走访|查处|处罚|整治|取缔|关停|关闭|查封|指导|培训|登记|监测|检定|评定|认定|备案|审核|审查|验收|清理|规范)(.+)$/u;
/** A general holder the topic may qualify (a firm, a site, a sample), or a kind of site (…站、…点、…厂). */
const OBJECT =
  /^(?:企业|单位|商户|经营户|个体户|门店|店铺|主体|经营主体|场所|网点|窗口|摊位|档口|样品|样本|批次|产品|点位|[\u4e00-\u9fff]{0,3}(?:站|厂|场|库|坊|矿|店))$/u;
/** Verbs of checking: what was checked may be a thing of the topic's field (电梯 of 特种设备). */
const CHECKED = /^(?:检查|抽查|抽检|检测|快检|排查|巡查|督查|检定)$/u;
/** A topic that is the activity the verb belongs to (食品安全抽检、电梯检验、价格检查). */
const ACTIVITY = /(?:抽检|抽查|检查|检测|快检|监测|检验|检定|巡查|排查)$/u;

/** The label with the topic joined to the verb's object (see module comment), or undefined when it does not fit. */
export function objectWithTopic(label: string, topic: string): string | undefined {
  const m = VERB.exec(label.replace(/(?<=^[\u4e00-\u9fff]{1,4})了/u, ""));
  const verb = m?.[1];
  const object = m?.[2];
  if (!verb || !object || object.includes(topic) || topic.includes(object) || topic[0] === object[0])
    return undefined;
  // 「特种设备那块 检查电梯一百二十台」: a thing of the field checked, no holder — of the topic all the same (检查特种设备电梯).
  if (!OBJECT.test(object) && !(CHECKED.test(verb) && /^[\u4e00-\u9fff]{1,4}$/u.test(object)))
    return undefined;
  if (ACTIVITY.test(topic)) return `${topic}${object}`;
  return `${label.slice(0, label.length - object.length).replace(/了$/u, "")}${topic}${object}`;
}
