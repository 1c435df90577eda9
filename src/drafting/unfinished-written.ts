import type { Rewrite } from "./whole-phrases.js";

/**
 * Work not finished, said with a spoken result complement (console trial, round thirty-seven): staff write
 * 「示范基地没建起来」「土地流转没谈拢」「材料没弄齐」「资金没拨下来」「车子经常趴窝」; the problems part of a 公文 says
 * what is not done in its written form (未建成、未谈妥、未备齐、未拨付、故障频发). 还没 is 尚未, 到现在没 至今未.
 * Only the negated complement is rewritten: 「基地建起来了」 is work done and left to the other rules.
 */

/** 没 and what comes before it, as a document says it: 还没 → 尚未, 没 → 未. */
const NOT = "(还|一直|至今|到现在|目前)?没有?";
const LEAD_WRITTEN: Record<string, string> = {
  还: "尚未",
  一直: "一直未",
  至今: "至今未",
  到现在: "至今未",
  目前: "目前尚未",
};
const notWritten = (lead: string | undefined) => (lead ? (LEAD_WRITTEN[lead] ?? "未") : "未");
/** What is still open when written (draft48): 没弄完 → 尚未完成, 一直没 as said. */
const stillNot = (lead: string | undefined) => (lead ? (LEAD_WRITTEN[lead] ?? "尚未") : "尚未");

/** Things got done by a spoken verb + 下来 (批下来、签下来…) and their written result. */
const DOWN: Record<string, string> = {
  批: "获批",
  审批: "获批",
  签: "签订",
  拨: "拨付",
  落实: "落实",
  定: "确定",
  办: "办结",
};

export const UNFINISHED_PHRASES: Array<[RegExp, Rewrite]> = [
  // 没建起来、还没盖起来、没搭起来: not built.
  [new RegExp(`${NOT}(?:建|盖|搭)起来`, "gu"), (_m, lead) => `${notWritten(lead)}建成`],
  // 没谈拢、没谈妥、没谈成: no agreement yet.
  [new RegExp(`${NOT}谈(?:拢|妥|成)`, "gu"), (_m, lead) => `${notWritten(lead)}谈妥`],
  // 没弄齐、没凑齐、没备齐、没收齐、没交齐: not all in.
  [
    new RegExp(`${NOT}(弄|凑|备|收|交)齐`, "gu"),
    (_m, lead, verb) => `${notWritten(lead)}${verb === "收" || verb === "交" ? verb : "备"}齐`,
  ],
  // 没批下来、还没签下来、资金没拨下来、场地没落实下来.
  [
    new RegExp(`${NOT}(审批|批|签|拨|落实|定|办)下来`, "gu"),
    (_m, lead, verb) => `${notWritten(lead)}${DOWN[verb as string] ?? verb}`,
  ],
  // draft48: a task not finished yet (材料没弄完、台账没整完、材料没完成) is 尚未完成 — the problems part says what is
  // still open; 没建好 尚未建成; 没归集好 / 没发到位 / 没理清楚 尚未归集到位、尚未发放到位、尚未理清; 整改没跟上 整改滞后.
  [
    new RegExp(`${NOT}(?:弄|整|做|搞|干|办|填|写)?完成?(?![善整毕全没])`, "gu"),
    (_m, lead) => `${stillNot(lead)}完成`,
  ],
  [new RegExp(`${NOT}(?:建|盖|搭)好`, "gu"), (_m, lead) => `${stillNot(lead)}建成`],
  [new RegExp(`${NOT}(?:理|弄|搞|整|捋)清楚?`, "gu"), (_m, lead) => `${stillNot(lead)}理清`],
  [new RegExp(`${NOT}发(?:放)?到位`, "gu"), (_m, lead) => `${stillNot(lead)}发放到位`],
  [
    new RegExp(`${NOT}(归集|整理|落实|核实|登记|录入|拨付|兑现)(?:好|到位)`, "gu"),
    (_m, lead, verb) => `${stillNot(lead)}${verb}到位`,
  ],
  [/(?:没有?|未)跟上/gu, "滞后"],
  // draft50: 还是薄弱 → 仍然薄弱; 专职人员没有几个 → 较少; 人手根本不够 → 严重不足.
  [/还是(?=薄弱|不足|偏少|偏低|较弱|不够|紧缺|短缺)/gu, "仍然"],
  [/没有?几个(?:人)?(?=$|[，,。；;！？!?\s])/gu, "较少"],
  [/根本不(?:够|足)/gu, "严重不足"],
  // draft50: 资金跟不上 → 资金保障不足 (the rest: 养护跟不上 → 不到位, as before).
  [/(资金|经费)(?:投入)?跟不上(?:了|来)?(?=$|[，,。；;！？!?\s])/gu, "$1保障不足"],
  // draft49: a written verb of its own after 还没 (还没根除、没落实到位 above) is 尚未 + that verb; a written verb + 完 is
  // 尚未…完毕 (没调处完、还没清理完); 没修好 is 尚未建成 for a road or channel built, else 尚未修复; 没对清楚 尚未核对清楚.
  [
    new RegExp(`${NOT}(根除|消除|解决|完工|开工|启动|落地|见效|铺开|到位)(?![了的])`, "gu"),
    (_m, lead, verb) => `${stillNot(lead)}${verb}`,
  ],
  [
    new RegExp(`${NOT}(调处|处理|处置|核查|清理|排查|验收|办理|审核|兑付|调解|化解)完(?![成善整毕])`, "gu"),
    (_m, lead, verb) => `${stillNot(lead)}${verb}完毕`,
  ],
  [
    new RegExp(`${NOT}修好`, "gu"),
    (_m: string, lead: string | undefined, at: number, whole: string) =>
      `${stillNot(lead)}${/(?:路|道|渠|桥|堤|坝|通道|管网|线)[\u4e00-\u9fff\d余多公里米处条段]{0,10}$/u.test(whole.slice(0, at)) ? "建成" : "修复"}`,
  ],
  [new RegExp(`${NOT}(?:对|核|核对)清楚?`, "gu"), (_m, lead) => `${stillNot(lead)}核对清楚`],
  // draft50: 喇叭坏了还没修 (还冇修) — not mended, nothing after 修: 尚未修复.
  [new RegExp(`${NOT}修(?=$|[，,。；;！？!?\\s])`, "gu"), (_m, lead) => `${stillNot(lead)}修复`],
  [/查出来了?(?=[，,]?(?:但|可是|不过|就是))/gu, "已查出，"],
  // 趴窝 (a vehicle or machine broken down): 经常趴窝 → 故障频发, else 出现故障.
  [/(?:经常|老是|老|时常|动不动就?|三天两头)趴窝了?/gu, "故障频发"],
  [/趴窝了?/gu, "出现故障"],
  // 坏了修不好 → 损坏且无法修复 (损坏/破损/毁坏 said already: written once); after a verb that did the harm (冻坏、
  // 摔坏、弄坏) 坏 stays its result: 冻坏且无法修复. 修不好 alone → 无法修复.
  [
    /([损破毁])?坏了?[，,\s]*修不好/gu,
    (_m: string, said: string | undefined, at: number, whole: string) =>
      !said && /[冻摔撞淹弄搞砸压刮吹烧用踩碰]$/u.test(whole.slice(0, at))
        ? "坏且无法修复"
        : "损坏且无法修复",
  ],
  [/修不好/gu, "无法修复"],
];
