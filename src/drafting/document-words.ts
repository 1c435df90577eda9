/**
 * Spoken words staff type that a document never says, with their document word (round twelve,
 * draft12). A small map by kind, applied in clean-chat.ts before its verb rules; no rule reads or
 * writes a digit, so figures stay as reported:
 *
 * - short names in speech → full names (高企 → 高新技术企业, 咱县 → 我县);
 * - a spoken verb with its aspect or measure (理了一遍、改了、扫了、接了、建个、设个、定个、搞点、抓一下)
 *   → the written verb (梳理、整改、扫描、受理、建立、设立、制定、开展、抓好);
 * - "next time" (下回、下次) → 下一步; "only" (就3个) → 仅;
 * - spoken judgements and troubles → their written form (还行 → 良好, 没过 → 未通过, 费劲 → 难度较大,
 *   存不住 → 难以储存, 卡得不行 → 卡顿严重, 老抛锚 → 经常抛锚, 想走 → 有离职意向).
 */
type Rewrite = string | ((match: string, ...rest: never[]) => string);

const NUM = "[\\d一二两三四五六七八九十百千几]";
/** A time said before the work (上半年、暑假期间、3月份、一季度). */
const WHEN =
  "(?:上半年|下半年|全年|年初|年中|年底|年末|春节前后|春节期间|暑假期间|寒假期间|暑假|寒假|汛期|农忙时节|[一二三四1-4]季度|第[一二三四]季度|\\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)";

export const DOCUMENT_WORDS: Array<[RegExp, Rewrite]> = [
  // Short names.
  [/高企(?!业)/gu, "高新技术企业"],
  // draft56: 科小 is the register of 科技型中小企业 (科小入库27家); 企业 said after it is kept once.
  [/科小(?:企业)?(?![学组朋])/gu, "科技型中小企业"],
  [/(?:咱|俺)(?:们)?(?=[县市区乡镇村](?![长委]))/gu, "我"],
  // 「石门村那个基地」「县一中这所学校」: a place named, then pointed at — the document names it once (石门村基地).
  [
    /(?<=[村镇乡县区园厂]|社区|公司)(?:那个|这个|那家|这家|那所|这所|那块|这块)(?=基地|大棚|园区|站|点|企业|厂|项目|合作社|示范|工地)/gu,
    "",
  ],
  // 「高企今年共报了12家」「报了3个项目」: 报 with a count is an application — 申报 (申报了、上报了、汇报了 are written already).
  [new RegExp(`(?<![申上汇举填呈送通预情电海画简周月年日学警捷喜回谎])报了(?=约?${NUM})`, "gu"), "申报"],
  // 把研发费用台账理了一遍 → 梳理研发费用台账.
  // 「把村级档案整理一遍」: the verb is 整理 (draft43b: read 「梳理村级档案整」), written before its object.
  [/把([\u4e00-\u9fff]{1,14}?)(整理|清理|处理)了?一遍/gu, "$2$1"],
  [/把([\u4e00-\u9fff]{1,14}?)(?:理|梳|捋|过)了?一遍/gu, "梳理$1"],
  // Not a word ending in 理 (整理了、清理了、办理了、处理了: card38 saw 「整梳理」): those drop their 了 in clean-chat.ts.
  [
    /(?<![整清处办管修护代审治受梳打调料经助协总道合物心地原条])(?:理|捋)了(?:一遍|一下)?(?=[\u4e00-\u9fff])/gu,
    "梳理",
  ],
  // A verb with 了 before what was done to a count or a thing.
  [new RegExp(`(?<![整修])改了(?=${NUM}|[\\u4e00-\\u9fff])`, "gu"), "整改"],
  [new RegExp(`扫了(?=${NUM})`, "gu"), "扫描"],
  [/(?<![迎承])接了(?=来信|来访|信访|投诉|举报|咨询|电话|件)/gu, "受理"],
  [new RegExp(`(?<=党课|宣讲|讲座)讲了(?=${NUM})`, "gu"), "开展"],
  [/摆了(?:个)?摊/gu, "设点宣传"],
  [/建了(?=[\d一二两三四五六七八九十]+(?:个|座|处)?(?:大棚|基地|站|点|园|馆|室|中心|平台))/gu, "建成"],
  // 建个 / 设个 / 定个 / 出台个 (a plan's measure): the written verb, no 个.
  [/(?<![新创组修扩搭筹重])建(?:个|一个)(?=[\u4e00-\u9fff])/gu, "建立"],
  [/设(?:个|一个)(?=[\u4e00-\u9fff])/gu, "设立"],
  [/定(?:个|一个)(?=[\u4e00-\u9fff])/gu, "制定"],
  [/出台(?:个|一个)(?=[\u4e00-\u9fff])/gu, "出台"],
  [/(?:搞|弄)(?:点|些|一些)(?=[\u4e00-\u9fff])/gu, "开展"],
  [/(?:搞|弄|改)成(?=[\u4e00-\u9fff])/gu, "改为"],
  [/把([\u4e00-\u9fff]{1,8}?)(?:搞|弄|抓)严(?:一点|一些|点)?/gu, "严格$1"],
  [/抓一下/gu, "抓好"],
  [/(?:多)?拉(?:几个|一些|点)([\u4e00-\u9fff]{1,6}?)进来/gu, "吸纳更多$1参与"],
  [/(?<=政策|资金|项目)落下来/gu, "落地落实"],
  [/孵化出来/gu, "孵化"],
  // 办了 + a count of cases, filings or firms (办了2件专利转让登记、办了3家的研发费用备案) is 办理: only an event
  // (会、班、讲座…) or 场/期/届 is 举办 (clean-chat.ts; card38 saw 「举办2件专利转让登记」). The events are clean-chat.ts's
  // EVENT (活动、培训、课… too: 「办了3项活动」 is 举办, review39).
  [
    new RegExp(
      `(?<![举承主开创协筹])办了(?=${NUM}+(?:多|余)?(?:件|家|笔|项|宗|户|份)(?![\\u4e00-\\u9fff]{0,10}?(?:班|会|赛|展|节|讲座|论坛|活动|培训|课|演出|演练|仪式)))`,
      "gu",
    ),
    "办理",
  ],
  // 弄了 / 搞了 + the papers of an application (弄了高企认定申报材料): they were prepared, never 「开展…材料」 (card38).
  [/(?:搞|弄)了(?=[\u4e00-\u9fff]{0,12}?(?:材料|资料|申报书|申请书)(?:[，,。；;！？!?\s]|$))/gu, "准备"],
  // 陪着 + who is 陪同 (never 「陪同着」).
  // draft45: not 陪同 itself at a clause's head (陪同领导2次 read 陪同同领导 on the card and in the draft).
  [/(?<![\u4e00-\u9fff])陪着?(?!同)(?=[\u4e00-\u9fff])/gu, "陪同"],
  [/(?<=^|[，,；;])陪着?(?!同)/gu, "陪同"],
  // 换个大点的地方 → 更换更大的场地 (a measure against a venue too small).
  [/换(?:个|一个)(?=[\u4e00-\u9fff])/gu, "更换"],
  [/([大宽新快])(?:一)?点的?(?=[\u4e00-\u9fff])/gu, "更$1的"],
  [/(?<=更[大宽新]的)地方/gu, "场地"],
  [/(?<=[\u4e00-\u9fff])嗯+(?=[\u4e00-\u9fff])/gu, ""],
  [/躺在抽屉里|束之高阁/gu, "闲置未用"],
  // Trial41: 「政策宣讲开展3场」 → 开展政策宣讲3场: the verb before what was held, the count after it (a subject such as
  // 全局、各乡镇 before the event is not moved).
  [
    new RegExp(
      `(?<=^|[，,；;])(?!我局|全局|各|我们|县|局)((?:\\d{1,2}月)?[\\u4e00-\\u9fff]{0,8}?(?:宣讲|培训|讲座|演练|义诊|座谈|观摩|展览|夏令营|冬令营|活动|活动周|宣传周|科技周|赶集|大集))(开展|举办|组织|办|搞|弄)了?(?=${NUM}+(?:多|余)?(?:场|次|期|轮|批|届))`,
      "gu",
    ),
    // A time said first stays first (draft42: 下半年培训办了3场 read 举办下半年培训3场): 下半年举办培训3场. 活动 is
    // carried out (搞了6次送科技下乡活动 → 开展), an event held.
    (_m: string, said: string, verb: string) => {
      const time = new RegExp(`^${WHEN}`, "u").exec(said)?.[0] ?? "";
      const what = said.slice(time.length);
      const written = /^[办搞弄]$/u.test(verb)
        ? /活动$/u.test(what) && verb !== "办"
          ? "开展"
          : "举办"
        : verb;
      return `${time}${written}${what}`;
    },
  ],
  // 「上了4次党课」 → 讲授党课4次.
  [new RegExp(`上了?(${NUM}+)次(党课)`, "gu"), "讲授$2$1次"],
  // Next time, only.
  [/下回|下次/gu, "下一步"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff，,]|^)就(?=${NUM}+(?:个|名|人|家|台|件))`, "gu"), "仅"],
  [/(?:一|1)两趟/gu, "一两次"],
  // Spoken verbs of money, counts and checks (花了26万 → 投入26万元 keeps its figure as said).
  // Money only: 「花了两天时间」 is time (a count of days, months or hours is not spent money).
  [
    new RegExp(`花了(?=(?:约|近|大约|将近)?${NUM}+(?:多|余|来)?(?:[万千百]|块|元|钱|[，,。；;]|$))`, "gu"),
    "投入",
  ],
  [new RegExp(`(?<![成建])立了(?=${NUM}+(?:多|余)?项)`, "gu"), "立项"],
  [new RegExp(`跑了(?=${NUM}+(?:多|余)?趟)`, "gu"), "开展"],
  [new RegExp(`(?<=${NUM}(?:多|余)?)趟`, "gu"), "次"],
  [/住进去|住进/gu, "入住"],
  [/(?:打|评)完分了?/gu, "完成评分"],
  [/摸了?个?底/gu, "开展摸底"],
  [/(?<![抽核检普督巡排])查(?:一遍|一次)/gu, "检查一次"],
  [/去做(?=专场|专题)/gu, "开展"],
  // 「来的人少」 → 参与人数较少 (it was 「来较少」); 「参加的少」 → 参加人数较少.
  [/(参与|参加)的(?:人)?少/gu, "$1人数较少"],
  [/来的人(?:比较|太|很)?少/gu, "参与人数较少"],
  // 「科技活动周办得挺成功的」 → 科技活动周取得圆满成功 (it was 「办得较为成功的」).
  [/(?:办|搞|开|弄|组织)得(?:挺|很|蛮|非常|特别|十分|相当)?成功(?:的)?/gu, "取得圆满成功"],
  // Judgements and troubles.
  [/看不(清|懂)/gu, "难以看$1"],
  [/报不上(?:名)?/gu, "未能报名"],
  [/贷不到(?:款)?/gu, "难以获得贷款"],
  [/(?:不好|很难|难)找/gu, "难以招到"],
  [/长得(?:不错|挺好|很好|还行)/gu, "长势良好"],
  [/成了摆设/gu, "未能发挥作用"],
  [/怕麻烦/gu, "存在畏难情绪"],
  [/撒胡椒面/gu, "使用分散"],
  [/出钱/gu, "投入资金"],
  [/老是那几个人(?:值|在值|顶)?/gu, "人员相对固定"],
  [/得?(?:还行|还可以|还凑合)/gu, "良好"],
  [/没(?:出|有出)(?:啥|什么)(?:大)?问题/gu, "未出现问题"],
  [/没(?:通)?过(?=[，,。；;]|$)/gu, "未通过"],
  [/没弄好|没搞好|没做好/gu, "未完成"],
  [/(?<=^|[，,；;])剩下(?:的)?/gu, "其余"],
  [/(?:处理|办|干|做)起来(?:很|比较|挺)?费劲|费劲/gu, "处理难度较大"],
  [/存不住/gu, "难以储存"],
  [/(?<=[\d一二两三四五六七八九十]+[台个辆处])坏了/gu, "损坏"],
  [/不好(?:搞|弄|办)/gu, "不便开展"],
  [/卡得不行|卡得厉害|卡得很/gu, "卡顿严重"],
  [/老(?:是)?抛锚/gu, "经常抛锚"],
  [/(?<=[\d一二两三四五六七八九十]+个?[\u4e00-\u9fff]{0,4})想走/gu, "有离职意向"],
  [/刚够线/gu, "刚达标准"],
  [/拖到最后一天/gu, "临近时限才办理"],
];

/** draft56: the short names alone (高企、科小), for a card label's topic added after the label's own cleaning. */
export function shortNamesWritten(text: string): string {
  return text
    .replace(/高企(?!业)/gu, "高新技术企业")
    .replace(/科小(?:企业)?(?![学组朋])/gu, "科技型中小企业");
}
