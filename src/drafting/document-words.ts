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

export const DOCUMENT_WORDS: Array<[RegExp, Rewrite]> = [
  // Short names.
  [/高企(?!业)/gu, "高新技术企业"],
  [/(?:咱|俺)(?:们)?(?=[县市区乡镇村](?![长委]))/gu, "我"],
  // 把研发费用台账理了一遍 → 梳理研发费用台账.
  [/把([\u4e00-\u9fff]{1,14}?)(?:理|梳|捋|过)了?一遍/gu, "梳理$1"],
  [/(?:理|捋)了(?:一遍|一下)?(?=[\u4e00-\u9fff])/gu, "梳理"],
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
  [/(?<![\u4e00-\u9fff])陪(?=[\u4e00-\u9fff])/gu, "陪同"],
  [/(?<=^|[，,；;])陪(?!同)/gu, "陪同"],
  // 换个大点的地方 → 更换更大的场地 (a measure against a venue too small).
  [/换(?:个|一个)(?=[\u4e00-\u9fff])/gu, "更换"],
  [/([大宽新快])(?:一)?点的?(?=[\u4e00-\u9fff])/gu, "更$1的"],
  [/(?<=更[大宽新]的)地方/gu, "场地"],
  [/(?<=[\u4e00-\u9fff])嗯+(?=[\u4e00-\u9fff])/gu, ""],
  [/躺在抽屉里|束之高阁/gu, "闲置未用"],
  // Next time, only.
  [/下回|下次/gu, "下一步"],
  [new RegExp(`(?<=[\\u4e00-\\u9fff，,]|^)就(?=${NUM}+(?:个|名|人|家|台|件))`, "gu"), "仅"],
  [/(?:一|1)两趟/gu, "一两次"],
  // Judgements and troubles.
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
