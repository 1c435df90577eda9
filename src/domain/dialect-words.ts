/**
 * Dialect function words read as their Mandarin counterparts, for judging a clause and reading its
 * figures (never for what is stored: the stored text keeps the words the person used).
 *
 * Staff type the way they speak: 粤/客家/赣 「积极性唔高」「信号唔稳定」「搞咗两场」「唔系两百万，应该系三百万」,
 * 湘/赣 「真正开店的冒几个」「冇得钱」, 西南 「莫得人管」, 闽 「听无」「效果普普」, 吴 「阿拉街道」「勿来事」.
 * The rules know the Mandarin words (不高、了、不是…应该是、没几个), so the dialect words are mapped
 * to them before the rules look. Every mapping keeps the length (one character for one), so an index
 * found in the mapped text is valid in the original — the figure scan relies on that.
 */
const MAPPINGS: [RegExp, string | ((m: string) => string)][] = [
  // A year written in Chinese digits (二〇二七年、二零二六年) is the year in Arabic digits, which the rules know
  // (2027年冲到60家 is a target): digit by digit, same length (fig42).
  [
    /(?<![\d〇零一二三四五六七八九十百千万])[一二][〇零九][〇零一二三四五六七八九]{2}(?=年)/g,
    (m) =>
      [...m]
        .map((c) => String("〇一二三四五六七八九".indexOf(c) < 0 ? 0 : "〇一二三四五六七八九".indexOf(c)))
        .join(""),
  ],
  // 粤/客家/赣: 唔 = 不, 冇 = 没, 咗 = 了, 嘅 = 的, 哋 = 们, 喺 = 在, 佢 = 他, 啲 = 些, 睇 = 看, 搵 = 找, 嚟 = 来.
  [/唔(?=系|是)/g, "不"],
  // 粤 唔啱 = 不对, taking a number back (覆盖率去到百分之四十八 啊唔啱 系百分之五十二).
  [/唔啱/g, "不对"],
  // 粤 识 = 会, 明 = 懂 after 唔 (唔识用电脑、听唔明普通话).
  [/唔识/g, "不会"],
  [/唔明/g, "不懂"],
  // 系 as the copula (唔系、应该系、就系、，系六十二个), not 系统、关系、联系、体系、系列.
  [/(?<=^|[不唔就都亦仲先只确实其实际应该哦啊，,\s])系(?![统列数着到在上好紧带扣结])/g, "是"],
  [/唔(?!该|好意思)/g, "不"],
  [/冇得|冒得|莫得/g, "没有"],
  // 豫/皖北/鲁西南: 木有 = 没有 (还木有到位、年轻人木有几个).
  [/木有/g, "没有"],
  // 豫/皖北: 木人 = 没人 after 就/都/也/还/快 (下午三点以后就木人了), not 木人桩.
  [/(?<=[就都也还快早])木(?=人)/g, "没"],
  // 中原官话 (皖北/豫) 嘞 = 的: 有嘞 = 有的 before what some of them are (有嘞户不舍得买), …嘞占了 = …的占了
  // (研发投入是零嘞占了三成); 好嘞、来嘞 at the end of a clause stay (fig38).
  [/(?<=有)嘞(?=[\u4e00-\u9fff])|嘞(?=占)/g, "的"],
  [/冇/g, "没"],
  // 北方: 百十号人、百十个 = about a hundred (not 110): read as 百来 (「一百一十」 says 110).
  [/(?<![一二两三四五六七八九十\d])百十(?=号|个|人|名|位|户|份|场|家|块|斤|亩|本|件|套|次|期|来)/g, "百来"],
  // 北方: 千八百、百八十 = some eight hundred to a thousand, eighty to a hundred (还差千八百吨): read at the lower end,
  // as 八百来、八十来 — not 一千八百 nor 三百八十, whose 千八、百八 follow a digit.
  [/(?<![一二两三四五六七八九十百\d])千八百(?![万亿])/g, "八百来"],
  [/(?<![一二两三四五六七八九十千\d])百八十(?![万亿])/g, "八十来"],
  // 湘/赣: 冒 = 没 before what is lacking (冒几个、冒人管、冒有), not 感冒、冒险、冒雨、冒出.
  [/(?<![感假])冒(?=几|人|一|什么|啥|好多|多少|么|钱|事|用|办法|法子)/g, "没"],
  [/咗/g, "了"],
  // 粤 仲 = 还 (仲有6处未搞掂), 湘/西南 咯 after a verb, before its count = 了 (一年走咯三个).
  [/仲(?=有|未|没|要|差|剩|系|是|在)/g, "还"],
  [/(?<=[走跑搞办做修建招发来去换卖])咯(?=[\d一二两三四五六七八九十几])/g, "了"],
  [/嘅/g, "的"],
  // 粤 得 = 只有、才 right before a count, after who or what is short (防疫员得三个人、愿意去的得两个、工资得一千八):
  // not a verb's 得 (获得、取得、记得) nor 每人得两千 (what each gets).
  [/(?<=(?:[的员医师佬]|人手|工资)\s?)得(?=[一二两三四五六七八九十几百千\d])/g, "才"],
  [/哋/g, "们"],
  [/喺/g, "在"],
  [/佢/g, "他"],
  [/啲/g, "些"],
  [/睇/g, "看"],
  // 粤 嚟 = 来 (嚟嘅都系老人、过嚟).
  [/嚟/g, "来"],
  [/搵/g, "找"],
  // 闽/客: 袂、伓、毋 = 不; 听无、看无 = 听不懂、看不懂; 普普 = 一般.
  // 毋着、伓着 = 不对 (「接种了六千多人哦毋着是七千多人」).
  [/[伓毋]着/g, "不对"],
  [/[袂伓毋]/g, "不"],
  [/[听看]无/g, "不懂"],
  [/普普通通/g, "一般一般"],
  [/普普/g, "一般"],
  // 闽: 攏 (拢) = 都 before what all of them do or are; 无 = 没 after it (攏無來 = 都没来).
  [/拢(?=无|是|没|不|有|来|去|在|会|要)/g, "都"],
  [/(?<=[拢都也还])无(?=[来去做用听看买卖收参人钱])/g, "没"],
  // 吴: 辰光 = 时候 (到辰光 = 到时候), 下趟 = 下次 before the step (下趟去省里跑一下), not 跑下趟、这下趟.
  [/辰光/g, "时候"],
  [/(?<![跑走了这那一赶坐])下趟(?=[去来到再把跟找让请叫])/g, "下次"],
  // 吴: 阿拉 = 我们, 勿 = 不, 呒 = 没.
  [/阿拉/g, "我们"],
  [/[勿弗]/g, "不"],
  [/呒没/g, "没有"],
  [/呒/g, "没"],
  // 吴 (台州): 个 = 的 closing a 的-phrase whose share or few are told (呒没建个占了两成 = 没建的占了两成、
  // 会审报表个就两个 = 会审报表的就两个), not a count (两个占了、这个就两个).
  [
    /(?<=[\u4e00-\u9fff])(?<![\d一二两三四五六七八九十百千几这那哪每各某半整])个(?=(?:就|也|都|还)?占(?:了|到)|(?:就|只有|才|只)[\d一二两三四五六七八九十几])/g,
    "的",
  ],
  // 西北 (青海/甘肃/宁夏): 着 closing a clause after 了 is 呢, a full stop to the rules (管子冻住了着、人都走了着, fig37);
  // Mandarin never says 了着.
  [/(?<=了)着(?=$|[，,。；;！!？?\s])/g, "。"],
  // Verdicts in dialect: 西北 麻达 = 麻烦 (莫麻达 = 没问题), 云贵/川 老火 = 恼火, 吴 推扳 = 差劲.
  [/莫麻达/g, "没问题"],
  [/麻达/g, "麻烦"],
  [/老火(?![车锅腿汤候柴])/g, "恼火"],
  [/推扳/g, "差劲"],
  // 北方: 忒 = 太 (电脑忒老了); 津 介 = 这 before a time or a measure (介礼拜、介块).
  [/忒/g, "太"],
  // 北方 (晋/陕/冀/东北): 瞎 = 坏 of a thing that broke (空调瞎了、DR机瞎了快一个月咧、报警器瞎掉了), 白瞎 = 白搭
  // (wasted: 春防算是白瞎了); 瞎搞、瞎说 and 瞎 before anything but 了/咧/掉/啦 stay.
  [/白瞎(?=了|咧|啦|$|[，,。！!\s])/g, "白搭"],
  [/(?<![眼白])瞎(?=了|咧|掉|啦)/g, "坏"],
  [/介(?=礼拜|星期|周|个|块|阵|会儿)/g, "这"],
  // 粤: 先得 = 只有 before a count (护工先得四个); 琴日、琴晚 = 昨日、昨晚, 听日 = 明天, 今个月 = 这个月;
  // 剩低 = 剩下, 加埋 = 加上.
  [/先得(?=[\d一二两三四五六七八九十百几])/g, "只有"],
  [/琴(?=日|晚|朝)/g, "昨"],
  [/听日/g, "明天"],
  [/今(?=个(?:月|礼拜|星期|季度))/g, "这"],
  [/剩低/g, "剩下"],
  // 粤 跟住 = 接着 opening a step (跟住帮佢哋申请…), not 跟住建局 nor 跟住 = 同住.
  [/(?<=^|[，,；;。\s])跟住(?=[把帮去做搞整办申同再])/g, "接着"],
  [/加埋/g, "加上"],
  // 粤 搞掂 = 搞定 (done: 检查搞掂、材料搞掂咗).
  [/搞掂/g, "搞定"],
  // 吴/徽/江淮/赣: 上昼、下昼 = 上午、下午; 今朝、明朝、昨朝 = 今天、明天、昨天 — not the Ming dynasty
  // (明朝的古桥、明朝年间、明清).
  [/上昼/g, "上午"],
  [/下昼/g, "下午"],
  // 晋/陕/冀/东北: 前晌、头晌 = 上午, 后晌、过晌 = 下午 (not 晌午, noon).
  [/[前头]晌(?!午)/g, "上午"],
  // 晋/冀/江淮: 明个、赶明个 = 明天 (明儿、明儿个 read already), not 说明个情况、证明个人.
  [/(?<![说证表声查标阐讲申发透聪光文精简分鲜照英贤开高昌])明个(?![人性子])/g, "明天"],
  [/[后过]晌(?!午)/g, "下午"],
  // 开年 said ahead = 明年 at its start (开年三月份组织验收、开年了换套新的), not 召开年度、开年以来、开年头, nor the start of
  // this year told done after it (开年安全生产第一课搞咗、开年第一周走访了12家, fig37).
  [/(?<![召展公])开年(?![度终底初会以来头])(?![^，。；]*?[\u4e00-\u9fff](?:了|咗))/g, "明年"],
  [/今朝/g, "今天"],
  [/昨朝/g, "昨天"],
  // 粤/吴/书面: 今日、昨日 = 今天、昨天 (not 今日头条).
  [/今日(?!头条)/g, "今天"],
  [/昨日/g, "昨天"],
  [/(?<![元宋清])明朝(?![的时年末初中古建遗以官代嘉万永洪崇隆正宣成弘])/g, "明天"],
  // Voice input's homophone (fig40): 在 = 再 before a step taken once more (黑夜我在去瞅一趟、月底前在催一次、挨家挨户在跑一遍),
  // not 正在/还在/是在 (ongoing: 主要是在跑申报的事) nor 在去…的路上.
  [
    /(?<![正还都也仍现实存所好自是就又])在(?=[去来跑催约补改弄搞查看问核对报走瞅][^，。；\s]{0,5}?(?:一趟|一遍|一次|一回|一下|一哈|一轮|看看))/g,
    "再",
  ],
  // 北方/陕南: 恁么 = 这么 (处理起来恁么麻烦).
  [/恁么/g, "这么"],
];

/** Every character some mapping starts with (or, for 下趟, holds), to skip the work for plain Mandarin text. */
const ANY_DIALECT =
  /[〇零个着嘞唔系冇冒莫木跟明开咗仲咯嘅哋喺佢啲睇搵袂伓毋听看普阿勿弗呒拢无麻老推忒介先琴今剩加昼朝晌昨百千嚟辰趟得瞎搞在恁]/;

/** The text with dialect function words replaced by their Mandarin counterparts, same length. */
export function plainDialect(text: string): string {
  if (!ANY_DIALECT.test(text)) return text;
  let t = text;
  for (const [re, to] of MAPPINGS) t = typeof to === "string" ? t.replace(re, to) : t.replace(re, to);
  return t;
}

/**
 * The perfective particle in dialect after a verb's result: 晋/陕/冀 咧 (整理完咧、安排好咧、汇总出来咧、
 * 都分到企业去咧), 湘 哒 (搞完哒、开工哒、清干净哒), 冀鲁/鲁西 喽 (主体完工喽、当场整改喽), 客家/赣 哩
 * (方案定下来哩、已经转给基教股核实哩) — the work is finished, as 了 says. After a state (空调坏咧、岁数大咧)
 * or as 呢 (对着咧、好着咧、正统计着哩) it only colours the sentence and is left alone; 么么哒 is no verb's.
 * 喽 closing a clause after its object (整理完报市局喽) is 了 there too. 西南 得 (水样都送检得、开起来得) is 了
 * only closing its clause right after a result: 跑得快、做得好、来得及 go on. Same length. Used only to judge a
 * clause's kind (clause-kind.ts, kind-turns.ts): the figure scan reads the text as before (fig46).
 */
export function plainAspect(text: string): string {
  if (!/[咧哒喽哩得]/.test(text)) return text;
  return text
    .replace(
      /(?<=(?:完|好|过|掉|齐|净|工|实|改|出来|上来|下来|上去|下去|起来|过来|回来|进去|去|来|到|交|报|发|办|开|走)了?)[咧哒喽哩]/g,
      "了",
    )
    .replace(/(?<=[\u4e00-\u9fff])喽(?=$|[\s，,。；;！!])/g, "了")
    .replace(
      /(?<=(?:完|掉|齐|净|实|改|检|出来|下来|上去|下去|起来|过来|回来|进去))得(?=$|[\s，,。；;！!])/g,
      "了",
    );
}
