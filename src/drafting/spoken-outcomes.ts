/**
 * draft48 (the round-47 lead's command-line import): results and findings said the way staff talk, each a fixed rewrite
 * that keeps every figure and what it counts (figures are digits by now; spokenLeftovers runs these last):
 * - 统计下来 (「上半年统计下来…」「全年统计下来，…」): how the figure was got, no part of the result — dropped;
 * - 没发现大的隐患 / 没发现啥大问题 → 未发现重大隐患 / 未发现重大问题 (没发现隐患 → 未发现隐患);
 * - 讲了十一场 (讲解 + 场 after writtenForm): a talk counted by 场 is a lecture held — 开展防溺水讲座11场, 开展讲座9场;
 *   去学校 before it → 进学校;
 * - 批下来 + a count → 获批 (省级项目获批4个);
 * - people who went down to the villages counted (特派员下去了28个、下去了40余人次) → 特派员深入基层28人 / 40余人次;
 * - 疫苗打了 + a count → 疫苗接种; 授权了 / 认定了 + a count after a comma → 授权 / 认定;
 * - in plans: 搞到 + a count → 达到; 都整改完 → 全部整改完毕; 都验收掉 → 全部完成验收; 多下去几趟 → 增加下乡服务次数;
 *   多讲几场防诈骗 → 增加防诈骗讲座场次; 查出来的 → 排查出的; 招 + people → 招聘.
 */

const END = "(?=[，,。；;！？!?]|$)";
const N = "(?:约|近|共)?\\d+(?:\\.\\d+)?(?:多|余)?";
/** What a lecture is about: a noun phrase, nothing of time or result inside. */
const TOPIC = "[^，,。；;！？!?\\s\\d后时就都也了的在给为到去赴和与及、]{2,10}?";
/** People who go down to the villages. */
const GOERS = "科技特派员|特派员|农技员|技术员|专家|干部|防疫员|兽医|指导员|医生|工作队员?";
const PEOPLE = "博士|硕士|研究生|大学生|高校毕业生|技术员|农技员|防疫员|兽医|医生|教师|讲师";

const lecture = (topic: string) =>
  /课$/u.test(topic)
    ? `讲授${topic}`
    : /(?:讲座|报告|宣讲)$/u.test(topic)
      ? `开展${topic}`
      : `开展${topic}讲座`;

export const OUTCOME_RULES: Array<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/(?:据|经)?统计下来[，,]?/gu, ""],
  [
    /没有?发现(?:什么|啥)?(大的?|重大的?|明显的?)?(安全隐患|隐患|问题)/gu,
    (_m, big, what) => `未发现${big ? "重大" : ""}${what}`,
  ],
  // draft49: 没发现新疫点 → 未发现新疫点 (any finding, not only 隐患/问题); 没出一起火情 → 未发生一起火情;
  // 都放归了 → 全部放归.
  [/(?<![还并也])没有?发现(?=[\u4e00-\u9fff])/gu, "未发现"],
  // draft50: 没有一个伤亡 (冇得一个伤亡) → 未发生人员伤亡; 没有发生、没有一起 + a mishap → 未发生; 大的火情 → 较大火情.
  [/没有?(?:出现?|发生)?过?一(?:个|起|例)(?:人员)?伤亡/gu, "未发生人员伤亡"],
  [
    /没有?(?:出|发生)过?(?=(?:一起|一例|一次|一场)?[\u4e00-\u9fff]{0,6}?(?:火情|火灾|事故|疫情|险情|案件|伤亡))/gu,
    "未发生",
  ],
  [/没有(?=(?:一起|一例|一次|一场)[\u4e00-\u9fff]{0,4}?(?:火情|火灾|事故|疫情|险情|案件|伤亡))/gu, "未发生"],
  [/(?<=未发生(?:一起|一例|一次)?)大的(?=火情|火灾|事故|险情|灾情)/gu, "较大"],
  [/(?:都|全都|全)(放归|放生|办结|结案|销号|验收|复工|出院)了?(?=[，,。；;！？!?]|$)/gu, "全部$1"],
  // draft49: papers done for people (林权证办了315本 → 办理, 采伐证批了52份 → 审批); animals or people saved (救了23只 →
  // 救护 for wildlife, else 救助); rounds walked (县级林长巡了46次 → 巡查). Only before a count.
  [/(?<=(?:证|证书|执照|许可|手续|卡))办了?(?=\d)/gu, "办理"],
  [/(?<=(?:证|证书|执照|许可))批了?(?=\d)/gu, "审批"],
  [
    /(?<![抢营援获急自求施])救了(?=\d+(?:多|余)?(?:只|头|条|匹|人|名|个))/gu,
    (_m: string, ...at: string[]) =>
      /(?:动物|鸟|兽|禽|候鸟|猛禽)[\u4e00-\u9fff]{0,2}$/u.test(String(at[1]).slice(0, Number(at[0])))
        ? "救护"
        : "救助",
  ],
  [/(?<![出定])巡了(?=\d+(?:多|余)?(?:次|趟|回))/gu, "巡查"],
  // 去学校讲解11场防溺水 → 进学校开展防溺水讲座11场.
  [
    /(^|[，,。；;：:])去(?=(?:学校|校园|社区|企业|农村|村里|乡镇)[\u4e00-\u9fff]{0,6}?讲(?:解|了)?\d)/gu,
    "$1进",
  ],
  [
    new RegExp(`(?<![宣演主开听座])讲(?:解|了)?(${N})场(${TOPIC})?${END}`, "gu"),
    (_m, n, topic) => `${topic ? lecture(topic) : "开展讲座"}${n}场`,
  ],
  [/(?:审批|批)下来了?(?=\d)/gu, "获批"],
  [
    new RegExp(`(${GOERS})((?:今年|全年|年内)?)下去了?(${N})(个|人|名|人次)${END}`, "gu"),
    (_m, who, time, n, unit) => `${who}${time}深入基层${n}${unit === "人次" ? "人次" : "人"}`,
  ],
  [/(?<=疫苗)打了?(?=\d)/gu, "接种"],
  [/(?<=[，,])(授权|认定|立项|入库|登记|验收)了(?=\d)/gu, "$1"],
  // Plans.
  [/搞到了?(?=\d)/gu, "达到"],
  [/(?:都|全)(整改|处理|办理|落实)完(?![成善整毕])/gu, "全部$1完毕"],
  [/(?:都|全)?(验收|处理|办理|消化)掉/gu, "全部完成$1"],
  [/多(?:下去|下乡|跑|走)几(?:趟|次|回)/gu, "增加下乡服务次数"],
  [new RegExp(`多讲几场(${TOPIC})${END}`, "gu"), (_m, topic) => `增加${topic}讲座场次`],
  [/查出来的/gu, "排查出的"],
  // draft49: 都清掉 → 全部清理; 把…修完 → 修建完成 (a road, a channel); 剩下的 → 剩余的; 十几公里 → 10余公里;
  // 林下经济要搞大一点 → 进一步做大林下经济; 多巡几趟山 → 增加巡山次数.
  [/(?:都|全)?清(?:理)?掉(?=[，,。；;！？!?]|$)/gu, "全部清理"],
  [/(?<=(?:路|道|渠|桥|堤|坝|通道|管网))修完(?=[，,。；;！？!?]|$)/gu, "修建完成"],
  [/剩下的?(?=[\u4e00-\u9fff\d])/gu, "剩余"],
  [/(?<![\d一二两三四五六七八九])十几(?=[\u4e00-\u9fff])/gu, "10余"],
  [
    /(^|[，,。；;：:])((?:明年|今年|下一步|下步|下半年|来年|\d{4}年(?:上半年|下半年)?)?[，,]?)([\u4e00-\u9fff]{2,8}?)(?:要|得|还要|再)?搞大(?:一点|一些|点|些)?(?=[，,。；;！？!?]|$)/gu,
    "$1$2进一步做大$3",
  ],
  [/多巡几(?:趟|次|回)(山|林)?/gu, (_m: string, what?: string) => `增加巡${what ?? "查"}次数`],
  // draft49: people called by their post (护林员、网格员) too, counted by 个 or 名.
  [new RegExp(`招了?(?=${N}[个名位]?(?:${PEOPLE}|[\\u4e00-\\u9fff]{1,3}员))`, "gu"), "招聘"],
];
