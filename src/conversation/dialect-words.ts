import { FIRST_FOLDS } from "./dialect-words-first.js";
import { YUE_FOLDS } from "./dialect-words-yue.js";
import { JIANGHUAI_FOLDS } from "./dialect-words-jianghuai.js";
import { JINHUA_FOLDS } from "./dialect-words-jinhua.js";
import { TAIZHOU_FOLDS, WORKED_FOLDS } from "./dialect-words-taizhou.js";
import { DONGBEI_FOLDS } from "./dialect-words-dongbei.js";
import { WANBEI_FOLDS } from "./dialect-words-wanbei.js";
import { CHUANXI_FOLDS } from "./dialect-words-chuanxi.js";
import { XIANGBEI_FOLDS } from "./dialect-words-xiangbei.js";
import { BASHANG_FOLDS } from "./dialect-words-bashang.js";
import { HANZHONG_FOLDS } from "./dialect-words-hanzhong.js";

/**
 * Dialect function words folded to their Mandarin equivalents before any lexicon reads a message
 * (intent-lexicon.ts intentText, after Traditional → Simplified): staff type the way they talk —
 * Cantonese 冇问题 / 唔使 / 系啊 / 点样用, south-western 么得 / 莫得 / 啥子 / 咋个, Hunan 冒得,
 * northern 俺, Wu 迭能 / 阿拉 / 覅 / 哪能 / 额, Shandong and Henan 恁 / 中不中 / 杠好, north-western 嫑,
 * Min and Hakka 袂 / 𠊎, online 木有 — and each lexicon then needs only the Mandarin words (没问题、不用、是啊、怎么用).
 *
 * Only words with no Mandarin reading are folded, or a character in a place where the Mandarin
 * reading cannot stand (系 alone before a particle, 点样 before a verb): 关系、联系、点样品、金额
 * are untouched. Used for understanding only; what is stored is always the message as written.
 */
const FOLDS: Array<[RegExp, string]> = [
  ...YUE_FOLDS,
  ...FIRST_FOLDS,
  ...JIANGHUAI_FOLDS,
  ...TAIZHOU_FOLDS,
  ...JINHUA_FOLDS,
  // 「这礼拜天天陪检查组」「这周天天下乡」「上星期天天加班」: 天天 (every day) after a week word is every day of that
  // week, not 礼拜天/周天 (Sunday) + 天 — said 每天. 「礼拜天天气好」「周天天亮就走」 keep their Sunday.
  [/(?<=(?:周|星期|礼拜))天天(?![气亮黑冷热晴])/g, "每天"],
  // South-western and Hunan: 么得、莫得、冒得 (没得, 没有); 啥子、么子 (什么); 咋个、啷个 (怎么).
  [/(?<![什怎这那多要])么得/g, "没得"],
  [/莫得/g, "没得"],
  // 莫问题、莫事 (没问题、没事): 莫 before 问题/事/毛病 is 没, not 别.
  [/莫(?=问题|事|毛病|意见)/g, "没"],
  // 存起、记起 (存上、记上): the south-western 起 after a verb of keeping.
  [/(?<=[存记保])起(?=[吧嘛哈啊了]*$|[\s，,。！!])/g, "上"],
  [/(?<!感)冒得(?!到|很|厉害)/g, "没得"],
  [/啥子/g, "啥"],
  // 使 as 用 after a how (咋使、怎么使: 怎么用) closing the question.
  [/(?<=咋|怎么|怎样|如何)使(?=[啊呀呢哦的啦嘛哈？?。！!～~\s]|$)/g, "用"],
  [/(?<![什怎这那多])么子/g, "什么"],
  // Gan, Hunan and Hubei 么样 (怎么样: 写得么样、搞得么样了), after 么子 is read.
  // 么样 before a verb of doing (鄂: 么样搞、么样弄、么样报: how to) is 怎么, a how asked, not how it stands.
  [/(?<![什怎这那多要])么样(?=搞|弄|办|整|报|填|改|撤|删|用|写)/g, "怎么"],
  [/(?<![什怎这那多要])么样/g, "怎么样"],
  // 鄂、湘、西南 将将 (刚刚: 将将那条、将将报的) — 将将就就 (make do) stays.
  [/将将(?!就)/g, "刚刚"],
  [/咋个|啷个/g, "怎么"],
  // 桂柳、西南 滴 (的、些): 哪滴/那滴/这滴 before what they point at (哪滴没确认: 哪些) — 这滴水、那滴油 (a drop) stay;
  // 滴 after a verb of the bot's objects or a person (报滴、撤滴、我滴: 的) — 滴灌、滴水、点滴、滴滴 stay.
  [/(?<=[哪那这])滴(?![水油血汗泪墨雨露灌答滴管])/g, "些"],
  [/(?<=[报填交写撤删改发做搞弄我你他她])滴(?![水油血汗泪墨雨露灌答滴管])/g, "的"],
  // 桂柳、湘南 哪门 (怎么: 哪门报、哪门搞、报得哪门样了) — the Mandarin 哪门子 (what sort of) and 哪门课/学科/功课/
  // 专业 (which course) stay.
  [/哪门(?![子课学功类科专门])/g, "怎么"],
  // 噻 (啊: 要得噻); 巴适 (好: 巴适得板 is 很好); 搞归一 (弄完); 摆龙门阵 (聊天).
  [/(?<!塞)噻(?![吩唑])/g, "啊"],
  [/巴适(?:得很|得板|惨了)/g, "很好"],
  [/巴适/g, "好"],
  [/(?<=[搞弄整做])归一(?=了|啦|[，,。！!？?\s]|$)/g, "完"],
  [/摆龙门阵/g, "聊天"],
  // Shandong and Henan: 恁 (你; 那么 before a word of degree: 恁多、恁麻烦); 中不中 (行不行); 杠 and 怪
  // as «very» before a word of how (杠好、怪冷; never 抬杠、怪不得); 得劲 (舒服); 哩 closing a clause (啊:
  // 中哩、弄好哩); 夜儿个/夜个 (昨天); 木啥 (没啥).
  [/恁(?=多|好|大|快|慢|难|麻烦|长|贵|少|忙|冷|热|累|烦|晚|早)/g, "那么"],
  [/恁/g, "你"],
  [/中不中/g, "行不行"],
  // 不中 alone (不行: 还是不中), not 不中用 (useless), 不中标, 不中意.
  [/不中(?![用标意听看奖签])/g, "不行"],
  [/(?<![抬单双扛铁木横顶])杠(?=好|多|冷|热|累|忙|快|远|难|麻烦|得劲|中)/g, "很"],
  [/(?<![奇古作见难妖责鬼])怪(?=好|冷|热|累|忙|难受|麻烦|得劲|不好意思)/g, "挺"],
  [/不得劲/g, "不舒服"],
  [/(?<![使费])得劲/g, "舒服"],
  // North-western 对着哩 (对的) before 哩 alone.
  [/对着(?:哩|嘞|呢)(?=[，,。！!？?～~\s]|$)/g, "对的"],
  // 干么哩、做么哩 (江淮、赣: 干什么) keep theirs: the what-word is read where a question puts it (question-words.ts).
  [/(?<![叽哔噼稀哗嘀咖]|[干做搞弄闹报写说讲是有了的]么)哩(?=[，,。！!？?～~\s]|$)/g, "啊"],
  // 哩 after a verb, before how it went or what (写哩咋样、弄哩不赖、说哩啥), or before what is done with what was
  // reported (把俺十一月报哩翻出来、填哩都拿来、交哩那些): 的.
  [/(?<=[写弄搞整做说报填交])哩(?=咋|怎|啥|什么|好|不|挺|还|真|中|都|全|那些|这些|翻|拿|调|列|东西)/g, "的"],
  [/夜儿个|夜个(?![里晚])/g, "昨天"],
  // 冀鲁 夜来、夜来个 (昨天) opening a clause or after a person (俺夜来、恁夜来个) — 夜来香 and the poem's 夜来风雨 stay.
  [/(?<=^|[\s，,。！!]|我|俺|你|恁|他|她|们)夜来个?(?!香|风)/g, "昨天"],
  // 鲁南、鲁中 今门儿/今么儿/明门儿/明么儿 (今天/明天), 过晌 (下午).
  [/今(?:门|么)儿?(?=[上下中早晚过个\s，,]|去|在|到|又|俺|我|$)/g, "今天"],
  [/明(?:门|么)儿?(?=[上下中早晚过个\s，,]|去|在|到|再|俺|我|$)/g, "明天"],
  [/过晌(?!午)/g, "下午"],
  // 西北 (西宁、兰州) 今个/明个 (今天/明天) — 今个礼拜 (这周) stays for mine-period.ts; 阿些/阿个/阿里 (哪些/哪个/哪里, not 阿里巴巴),
  // 阿么/阿门 (怎么), 致个/致些 (这个/这些, not 一致、以致…), V给下 (V一下: 查给下、看给下).
  [/今个(?!礼拜|星期|周|月|年)/g, "今天"],
  [/明个(?!礼拜|星期|周|月|年)/g, "明天"],
  // 前晌/头晌 (上午), 后晌 (下午): the northern and north-western halves of the day.
  [/前晌|头晌/g, "上午"],
  [/后晌/g, "下午"],
  [/阿(?=些|个|里(?!巴))/g, "哪"],
  [/阿(?:么|门)(?=[\u4e00-\u9fff])/g, "怎么"],
  [/(?<![一以极景细标兴导雅别])致(?=个|些)/g, "这"],
  [/(?<=[查看问催瞅瞧核找改说听试弄等])给下(?=[\s，,。！!？?]|$)/g, "一下"],
  [/木啥/g, "没啥"],
  // North-western: 嫑 (不要); 咋么 (怎么).
  [/嫑/g, "不要"],
  // 冀鲁、东北 白 (别: 白催俺、先白存、第6条白改了) opening a clause or after 先/就/可/千万 or an update pointed at
  // (条、个), before a verb of the bot's things — 白跑一趟、白干了 (in vain: another verb), 明白、白天 stay.
  [/(?<=^|[\s，,。！!]|先|就|可|千万|条|个)白(?=催|存|记|改|撤|删|要|报|填|管)/g, "别"],
  // Jin and the north-west: 兀 (那) before a measure word or place — 兀个是党建的、兀条、兀搭; not 突兀、兀自.
  [/(?<!突)兀(?=个|条|块|边|些|搭|会|天|家|回)/g, "那"],
  // Not wanted, said in Gan, Xiang and south-western 莫要, northern 甭要 (不要); Xiang 不要得了 (不要了).
  [/(?:莫|甭)要/g, "不要"],
  [/不要得(?=了|喽|咯|哒)/g, "不要"],
  [/咋么/g, "怎么"],
  // Online spelling: 木有 (没有).
  [/木有/g, "没有"],
  // Online spelling: 肿么 (怎么), 神马 (什么), 酱紫 (这样子), 灰常 (非常).
  [/肿么/g, "怎么"],
  [/神马(?!雕|像)/g, "什么"],
  [/酱紫/g, "这样子"],
  [/灰常/g, "非常"],
  // Min and Hakka as typed: 袂 (不会), 毋 (不; 毋庸 stays literary, read the same), 𠊎 (我), 有影 (真的).
  [/(?<![联分衣投])袂/g, "不会"],
  // 毋着 after a verb (删毋着、报毋着、放毋着: 删错、报错、放错), before 毋 alone.
  [/(?<=[删撤报放写填改弄搞记打发])[毋伓]着/g, "错"],
  [/毋(?!庸)/g, "不"],
  // dlg53: 莆仙/闽南 伓 is 毋 typed another way (先伓存、伓使、伓着): 不.
  [/伓/g, "不"],
  [/𠊎/g, "我"],
  // 代志 (事情): 有件代志想问你.
  [/代志/g, "事情"],
  // 潮汕: 呾 (说); 做呢 before a verb or 样 (怎么: 做呢用、做呢办、做呢样); 有…无 closing a question (有说明无: 吗);
  // 勿 before a verb of the bot's things (勿存、勿改、勿催: 别) — 勿要 and the Wu readings below stay as they were.
  [/呾/g, "说"],
  [/做呢(?=样|[用搞弄办报填改写撤删整])/g, "怎么"],
  [/(?<=有[\u4e00-\u9fff]{1,6})无(?=[？?。！!～~\s]*$)/g, "吗"],
  [/勿(?=存|记|改|撤|删|催|报|填|交|确认|提交)/g, "别"],
  // Min 按怎 (怎么; 按怎样 怎么样) — never Mandarin, 按 and 怎 do not meet; 彼 before a measure word or a
  // day (彼条、彼部分、彼日、彼几个: 那) — 彼此、知己知彼 stay; 明仔载/明仔日 (明天), 今仔日 (今天), 后日 (后天, as in
  // Cantonese; 以后日子、日后 stay); 落去 after a verb (定落去: 定下去); 无要紧 (不要紧).
  [/按怎样/g, "怎么样"],
  [/按怎/g, "怎么"],
  [/(?<![此知])彼(?=[条個个日天部份几两块段项件张次回些阵位])/g, "那"],
  [/明仔(?:载|再|日)/g, "明天"],
  [/今仔日/g, "今天"],
  [/(?<![以之然此随前落最背先今往日])后日(?![子常益程期渐后])/g, "后天"],
  [/(?<=[定写做弄搞改报])落去/g, "下去"],
  [/无要紧/g, "不要紧"],
  // 改做 before the new figure (五百改做六百、860万写错了 改做680万: 改成) — 改做电商 (took up another trade) stays.
  [/改做(?=\s*[\d一二两三四五六七八九十百千几])/g, "改成"],
  // Min 无 closing a yes-no question after what is asked of (上班无、放假无、有报无): 吗.
  [/(?<=[班假报交填写好过])无(?=[？?。！!～~\s]|$)/g, "吗"],
  [/有影(?=[啊呀哦喔吗？?！!。，,\s]|$)/g, "真的"],
  // 扬州 and 江淮 什呢 (什么: 能做什呢、没得什呢问题) — no Mandarin word holds it.
  [/什呢/g, "什么"],
  // Days ahead in 江淮 and 鄂: 后个 (后天; 大后个 is then 大后天), 外天 (大后天) — 以后个把月、最后个、户外天气 stay;
  // 苏北 and Wu 后朝 (后天; 大后朝 大后天), as 明朝 is 明天.
  [/(?<![以之然最前背随落往稍过向身先其今])后朝(?![代末初鲜廷])/g, "后天"],
  [/(?<![以之然最前背随落往稍过向身先其])后个(?![人月把别体位])/g, "后天"],
  [/(?<![户室野屋门国海境场窗城郊内之意])外天(?![气然空下使文线])/g, "大后天"],
  // 西南 外后天 (大后天).
  [/外后天/g, "大后天"],
  // 西南 (黔、川) 勒 before a measure (这: 勒个、勒条、勒礼拜) — 勒令、勒索、勾勒 stay; 抓子 after a verb (啥: 做抓子、搞抓子).
  [/(?<![勾弥拉马阿普希哈])勒(?=[个条些块边种回次]|礼拜|星期|周|阵)/g, "这"],
  [/(?<=[做干搞整弄在])抓子/g, "啥"],
  // Northern: 俺 (我), 俺们 (我们).
  [/俺/g, "我"],
  // Tianjin 介 (这) before a measure or time word: 介个月、介条、介礼拜、介周、介会儿、介么办 — never 介绍、介意、
  // 中介、简介 (another character after it, or a word before it).
  [
    /(?<![中简媒推评纪])介(?=个|条|件|份|张|些|礼拜|星期|周|月|回|次|会儿|阵|两天|几天|么|样|边|儿|事)/g,
    "这",
  ],
  // Tianjin 嘛 (啥) after 没: 没嘛进展、没嘛毛病、没嘛要改的 (b45, i24a) — 弄好了没有嘛 (a particle) stays.
  [/没嘛(?=进展|动静|名堂|新|毛病|问题|要|可|事|东西|变化)/g, "没啥"],
  // Wu: 迭能、介能 (这样); 迭个、搿个 (这个); 阿拉 (我们); 侬 (你); 覅、勿要 (不要); 今朝 (今天).
  [/迭能|迭样|介能|葛能/g, "这样"],
  [/迭个|搿个/g, "这个"],
  // 搿 alone (搿桩事体、搿张表): Wu 这; 哪能了 asks how it stands (怎么样了).
  [/搿/g, "这"],
  // 阿个 (Wu 那个/这个: 阿个事体).
  [/阿个/g, "那个"],
  // 伊 before a measure word (伊桩事体、伊个表、伊张单子): Wu 那 — never 伊利、伊犁 (no measure word).
  [/伊(?=[个桩件张份只块种批])/g, "那"],
  // 报得哪能、写得哪能: how it came out (怎么样) after 得.
  [/哪能(?=了)|(?<=[得的])哪能/g, "怎么样"],
  [/阿拉(?!伯)/g, "我们"],
  [/侬/g, "你"],
  [/覅|勿要/g, "不要"],
  [/今朝/g, "今天"],
  // Wu 呒没、呒啥 (没有、没啥); 侪 (都: 侪勒开会).
  [/呒没/g, "没有"],
  [/呒/g, "没"],
  [/侪/g, "都"],
  // Wu 伐 closing a question (上班伐、看得到伐): 吗; never 采伐、砍伐、步伐.
  // 伐 before a comma or a space closes its clause's question too (侬明朝去开会伐 搭我一道走).
  [/(?<![采砍征讨步杀挞盗滥间乱])伐(?=[？?。！!～~\s]*$|[？?]?[，,\s]+[\u4e00-\u9fff])/g, "吗"],
  // 否 closing a question (处州、温州、台州: 有人报过否、要来值班否、存进去了否): 吗, as 伐 — never 是否、能否、可否、与否、
  // 成否 (written Mandarin's whether) nor 否则、否认 (not closing) (round fifty).
  [/(?<![是能可与成然当应要])否(?=[？?。！!～~\s]*$|[？?]?[，,\s]+[\u4e00-\u9fff])/g, "吗"],
  // 㑚 (Wu: 你们).
  [/㑚/g, "你们"],
  [/明朝(?![代末初])/g, "明天"],
  // 哪能 asking how (哪能弄、哪能报伐): 怎么 — before a verb of doing or closing the question; the
  // Mandarin 哪能 (哪能呢、我哪能不知道) is left alone.
  [/哪能(?=[弄报填搞写用办改删看查撤讲说走做交发记](?!到)|[伐呀啊？?]|$)/g, "怎么"],
  // 额 (呃) closing a clause is the Wu particle 的/啊 (好额、行额、没问题额、重复额): 啊, after a word that
  // ends a saying — never 金额、名额、成交额、限额 (a noun before it).
  [
    /(?<=[好行对是以题样边块里了错快慢忙冷热累烦难明清爽适复灵稳去来弄哦呀掉的个])[额呃](?=[，,。！!？?～~\s\p{Extended_Pictographic}]|晓得|$)/gu,
    "啊",
  ],
  // 晓得 (知道), 搞不清爽 (搞不清楚): 清爽 after a verb of knowing; 清爽的天气 stays.
  [/晓得/g, "知道"],
  [/(?<=[搞弄讲说看听写算记查问]不?|不)清爽/g, "清楚"],
  // 老 and 交关 as «very» (老好、老灵、交关多): never 老好人、老大、老实.
  [/老(?=好(?!人)|灵|快|慢|忙|难|冷|热|累|多(?!少))/g, "很"],
  [/交关(?=[\u4e00-\u9fff])/g, "很"],
  // 呒没/嘸没 (没有), 呒啥 (没啥); 勿 before a verb (勿晓得、勿对; 请勿 stays); 辰光 (时候); 上趟 (上次);
  // 脱 closing a verb of loss (坏脱、删脱: 掉; 摆脱、脱贫 stay); 上半天/下半天 (上午/下午).
  [/[呒嘸]没有?/g, "没有"],
  [/[呒嘸](?=啥|事)/g, "没"],
  [/(?<!请)勿(?=知道|晓得|是|对|好|行|来事|用|搭界|记|要|会)/g, "不"],
  // 弗 before a verb (弗要、弗记、弗晓得: 不); 自愧弗如 stays.
  [/(?<![愧])弗(?=知道|晓得|是|对|好|行|来事|用|搭界|记|要|会|存|报|改|删|填|确认)/g, "不"],
  [/辰光/g, "时候"],
  [/(?<![跑走来去])上趟/g, "上次"],
  [/(?<=[删撤坏弄丢忘用卖退])脱(?=了|额|呃|[，,。！!？?\s]|$)/g, "掉"],
  // 额 between a verb done and what it points at (撤脱额那条、报额那个): the Wu 的 — never 金额那条 (a noun), nor 成交额那段
  // (round fifty-one: a leader's 「成交额那段再具体点」 was read 「成交的那段」).
  [/(?<=[删撤掉弄报发填交了过好])(?<!成交)[额呃](?=那|这)/g, "的"],
  // Hunan and Gan 咯 pointing (咯个月、咯几天、咯个星期: 这) — the particle 咯 closing a clause stays.
  // After a word of place too (下面咯条、上头咯个: the one below, pointed at in a list).
  [/(?<=^|[\s，,。！!？?我你他就在面头边])咯(?=个|几|只|件|条|次|回|星期|礼拜|周|月|段|边|些|样)/g, "这"],
  // Min 阮 (我、我们) opening a clause before what the sender does (阮下礼拜一去厦门) — 阮主任 (a name) stays.
  [/(?<=^|[\s，,。！!？?])阮(?=[这那明今后下上刚也都就还不没要想在去来先再已])/g, "我"],
  // Guanzhong and Jianghuai 得是 (是不是) before what is asked (这周六得是要补班): 觉得是、值得是 stay.
  [
    /(?<![觉值记显懂晓认舍免难获取使总见])得是(?=要|在|不|去|来|有|你|他|她|我|这|那|又|还|上|放|调|补)/g,
    "是不是",
  ],
  // Guanzhong and north-western 额 (我): after a verb that takes a person (给额、催额、问额吧) or opening a clause
  // before what the sender does (额这周、额明天、额不会写) — never 金额、名额、额度、额外 (a noun), and after the Wu
  // readings above (好额、报额那条). 额们 is 我们.
  [/额们/g, "我们"],
  [/(?<=[给催叫喊问找帮跟让教陪和替])额(?![度外头定满])/g, "我"],
  [/(?<=^|[\s，,。！!？?])额(?=[这那明今后下上刚也都就还不没要想得在去来先再已把给跟咋啥重一])/g, "我"],
  // The completed 了 as each region says it after a verb or its result — Guanzhong 咧 (不要咧、重复咧), Xiang 哒
  // (莫要哒、搞错哒), 喽 (删喽): 了; 咧嘴 stays, and 好哒 (an answer) is left to the answer words.
  // Any verb of the bot's things or its result takes it (确认咧吧、删错哒、搞哒好多场、改哒么子、发重咧、报漏咧).
  [/(?<=[要复完掉过烧道报齐交发撤删错认改搞弄定写做整出到查核收签开重漏])(?:咧|哒|喽)(?!嘴)/g, "了"],
  // and after how a thing came out (改成么样哒、弄得怎么样咧: 怎么样了).
  [/(?<=样)(?:咧|哒|喽)(?=[？?。！!～~\s]|$)/g, "了"],
  // Jin and Shaanbei 一满 (全都: 一满确认、一满删了) before a verb — 一满杯、一满车 (a full measure) stay.
  [/一满(?=[\u4e00-\u9fff])(?![杯碗盆车箱瓶桶筐屋仓袋缸锅盘斗筒兜把])/g, "全都"],
  // Min 拢/攏、拢总/攏總 (全都: 攏確認啦、拢总删掉) right before a verb of the bot's — 拉拢、靠拢、合拢 (gathering) stay.
  [
    /(?<![拉靠合聚收归围])(?:拢总|攏總|拢|攏)(?=(?:给我|帮我|都)?(?:确认|確認|提交|删|刪|撤|作废|作廢|通过|通過|要|对|對|好|是))/g,
    "全都",
  ],
  // 西北 麻达 (问题: 莫麻达、么麻达、没麻达 are 没问题; 有啥麻达 有啥问题), before 么 and 莫 are read alone.
  [/(?:莫|么|没|冇)(?:啥|撒)?麻达/g, "没问题"],
  [/(?<=有|啥|撒|什么)麻达/g, "问题"],
  // 宁夏、甘肃 么 as 没 before 撒/啥 or a verb of reporting (么撒进展、谁么交、还么报): 怎么、什么、那么、这么、多么 stay.
  [/(?<![怎什那这多要为干])么(?=撒|啥(?!子)|交|报|填)/g, "没"],
  // 贵州 嘞 as 的 between a verb of the bot's things and what is said of it (3号改嘞不要了、报嘞那条: 改的、报的).
  [/(?<=[改报写撤删填交发])嘞(?=不要|那|这)/g, "的"],
  // North-western 撒 (啥) after 没、些、干 (没撒进展、报了些撒、干撒): 撒手、撒谎 stay.
  [/(?<=[没些干弄整说做有])撒(?![手谎娇欢野气网种播药花泼尿酒钱])/g, "啥"],
  [/(?<![一多])上半天/g, "上午"],
  [/(?<![一多])下半天/g, "下午"],
  // North-eastern: 嘎哈、干哈 (干啥); 咋整 (怎么办), 咋整的 (怎么搞的); 整 as the verb of doing (整回来、
  // 没整出啥、给我整一版、整没整 → 弄), never in 整理、整改、调整、完整、整村推进; 贼 as «very» (贼多、贼冷),
  // never the thief (抓贼、防盗贼); 瞅 (看); 记岔了 (记错了); 啥前儿 (啥时候); 忒 (太); 唠嗑 (聊天);
  // 能看着不 (能看到不).
  [/嘎哈|干哈|嘎啥/g, "干啥"],
  // 东北 那旮沓、这嘎达、那疙瘩 (那边、这边: 人才那旮沓报了点啥) — 疙瘩汤、思想疙瘩 (no 那/这 before) stay.
  [/([那这])(?:旮沓|旮瘩|嘎达|嘎哒|嘎瘩|旮旯儿?|疙瘩|圪垯)(?![汤肉面])/g, "$1边"],
  [/咋整的/g, "怎么搞的"],
  [/咋整/g, "怎么办"],
  [
    /(?<![调完规平休统工修齐严])整(?=回|出|明白|懂|完|好|没|了|的|一[下版个份遍回]|上|下|成|错|岔|利索|呗|吧|啊|啥|$|[，,。！!？?\s])|(?<=[咋怎么给帮先再新赶快别没能会要得瞎乱我你他])整(?![理改治顿合体个套齐洁编数点年天月夜张条篇块容形风装备队肃固村乡县镇建区户栋片车机宗修饬整])/g,
    "弄",
  ],
  [/(?<![盗抓防窃毛小反国做当乌卖蟊])贼(?=[\u4e00-\u9fff])(?![船窝喊心眼头娃人子寇匪首兵赃])/g, "很"],
  [/瞅/g, "看"],
  // Looking said in Jin and Shaanbei (瞭一眼、给我瞭瞭; not 瞭望) and in Wu and Jianghuai (望望、望一眼、望记: 看 —
  // 希望、看望、望远镜 stay), and giving said with 把 (Jianghuai, Gan, Xiang: 把我看下、还把我、弄个word把我) or
  // 拨 (Wu: 拨我望记、拨渠们发个提醒): 给 — the bot's own thing asked for, whatever the dialect's verb.
  [/瞭(?!望)/g, "看"],
  [/(?<![希期盼渴失愿声威名人厚展观张看探守仰眺指])望望/g, "看看"],
  [/(?<![希期盼渴失愿声威名人厚展观张看探守仰眺指])望(?=一眼|一下|下|一记|记)/g, "看"],
  [/把我(?=看|瞧|瞄|[\s，,。！!？?～~]*$)/g, "给我"],
  [/拨(?=渠)/g, "给"],
  [/渠们/g, "他们"],
  // Wenzhou 记 after a verb (看记、确认记: 一下) closing the clause.
  [/(?<=[看查确认改删撤催])记(?=[\s，,。！!？?～~]|$)/g, "一下"],
  // 个 as the Wu and Gan 的 between a verb done and what it points at (刚删个那条、我报个那些).
  [/(?<=[删撤报发填交写改弄搞做])个(?=那|这)|(?<=没[报交填])个(?=人)/g, "的"],
  // 刚那条、刚那个 (刚才那条: the one just sent) at a clause's start — 刚才 said short.
  [/(?<=^|[\s，,。！!？?])刚(?=那(?:条|个))/g, "刚才"],
  // 一下子 closing a request (Gan, Xiang: 确认一下子、看下子): 一下 — 一下子就完了 (all at once) stays.
  [/(?<=[\u4e00-\u9fff])一?下子(?=[\s，,。！!？?～~]|$)/g, "一下"],
  // 几许 (Wu, Min: 多少 — 成交几许钞票); 钞票 (钱).
  [/几许/g, "多少"],
  // 那一块、这一块 after what is named (特派员那一块、研发这一块: 那块) — 那一块地、这一块钱 (one piece of a thing) stay.
  [/(?<=[\u4e00-\u9fff])([那这])一块(?=儿?(?:的|报|这|那|今|本|上|写|最近|[\s，,。！!？?]|$))/gu, "$1块"],
  // Northern erhua on where a thing belongs: 研发那块儿的、人才那边儿、平台这头儿 — 那块、那边 (b57, i24b).
  [/(?<=[那这])(块|边|头|片|摊)儿/g, "$1"],
  // Beijing, Tianjin 多儿 (多少) before a unit: 授权多儿件、多儿钱 — never 好多儿人 (many).
  [/(?<![好许很老])多儿(?=[件家个场次人位名条项块钱户])/g, "多少"],
  [/钞票/g, "钱"],
  // 该 as 这 (Wu, Gan, Xiang) before a measure word or a span (该条草稿、该个礼拜、该几天、该稿) — 应该、该交了 stay.
  [/(?<![应活])该(?=条|个|份|几|礼拜|星期|周|稿|版|张|项|些|次)/g, "这"],
  // 许 as 那 (Wenzhou: 许个、许条、许两条) before a measure word or a count — 也许、或许、允许、少许 and 许个愿 stay.
  [
    /(?<![也或允少些期默特准容应赞称几嘉])许(?=条|个(?!愿|心愿|诺|承诺)|份|几|两|张|项|些|次|稿|版|礼拜|星期|周)/g,
    "那",
  ],
  // Jianghuai 可 + a verb asked at the clause's end (这个礼拜六可上班啊、大家可都报了啊、可要交): 是不是 —
  // never 可以、可能、可是, nor 可 as «very» before a word of how (可冷咧、可好). 南京、合肥 阿 the same (阿要上班、
  // 阿都交了): only before these verbs at the clause's end — 阿姨、阿里 and the answer 阿行 stay.
  [
    /(?<=^|[\s，,。！!？?我你他她们这那天日号家旦节一二三四五六个种条些事])[可阿](?=(?:都|还|要)?(?:上班|放假|补班|调休|报|交|填)[^，,。！!？?\s]{0,4}$)/g,
    "是不是",
  ],
  // 怎么个弄法、咋个用法 (怎么弄、怎么用): how, asked with the verb made a noun.
  [/(怎么|咋|哪门|阿么)个([弄用报填搞整写删改])法/g, "$1$2"],
  // 弗 closing a question (Wu: 上班弗、可以定了弗): 不.
  [/弗(?=[啊呀哦咯嘞咧哩噢？?。～~\s]*$)/g, "不"],
  // 西南、桂柳、鄂 克 as 去 before a trip's 趟 (克了趟高坡乡、克一趟园区) — 千克、克服、攻克、巧克力 stay.
  [/(?<![千毫微兆公攻坦巧马布沙乌])克(?=了?一?趟)/g, "去"],
  // 鄂、川、湘 哈子 right after a verb (看哈子、改哈子、放哈子、核哈子数、等哈子: 一下) — a moment, as 一哈 below; 哈子 as
  // a fool (你个哈子) or 哈 as all (哈子都来了) follows no verb.
  [
    /(?<=[看查改放等核对问想弄搞整撤删报填试瞧瞅算催找写翻理说讲存记歇缓推瞄盘捋])哈子(?=[\u4e00-\u9fff\s，,。！!？?～~]|$)/g,
    "一下",
  ],
  // South-western 等哈、等一哈 (等下: a moment), 哈 after 等 being 下.
  [/等一?哈(?:儿)?(?=[\u4e00-\u9fff\s，,。！!]|$)/g, "等下"],
  // 讲 as the southern 说 after a call or a group chat (市局刚才打电话讲、主任在群里讲): what was said there, relayed.
  [/(?<=电话|电话来|群里|微信里|消息里)讲/g, "说"],
  // 一哈 after any verb (看一哈第三条、撤回一哈、核一哈): 一下 — a moment, never the number 1 of an update.
  [/(?<=[\u4e00-\u9fff])一哈(?:儿|子)?(?=[\u4e00-\u9fff\s，,。！!？?～~]|$)/g, "一下"],
  [/(?<=[记写说弄搞听看算报填])岔(?=了|啦)/g, "错"],
  [/啥前儿?|多前儿/g, "啥时候"],
  [/忒(?=[\u4e00-\u9fff])/g, "太"],
  [/唠嗑/g, "聊天"],
  // Northern 一块儿 (一起) before going or eating together (一块儿去吃手把肉不、一块走): no 一块 of money (一块五), nor 那一块儿.
  [
    /(?<![那这哪\d零一二两三四五六七八九十百千万几])一块儿?(?=(?:去|来|走|吃|喝|逛|转|玩|坐|回)(?![\d零一二两三四五六七八九十]))/g,
    "一起",
  ],
  [/(?<=[看找听见查])着(?=不[？?。！!]?$|没[？?。！!]?$)/g, "到"],
  // Spoken northern: 俩 (两个: 这俩草稿), and 给 before the verb with nothing given (都给确认了 → 都确认了).
  // 西宁 俩 closing an answer word (行俩、好俩、对俩: 行了、好了) — a particle, not 两个.
  [/(?<=^|[\s，,。！!])(行|好|对|成|中|能成)俩(?=$|[\s，,。！!])/g, "$1了"],
  // and 俩 closing a clause after a verb or its result (不改俩、核完俩、定下俩、交掉俩: 了) — 他俩、哥俩、再来俩 stay two.
  [/(?<=[改完好下成定交报掉过开齐对行中走办弄搞整做写填发撤删存记核查算])俩(?=$|[\s，,。！!？?～~])/g, "了"],
  [/(?<!伎)俩(?=[条份项件张])/g, "两"],
  [/(?<!伎)俩/g, "两个"],
  [/(?<=[都全]|全部)给(?=确认|删|撤|弄|恢复|改|提交|交|存|记|报)/g, ""],
  // 「上上个月我报的都给我列一下」「把我上个月报的给我调出来」: 给我 between what is asked for and the look at it.
  [/(?<=[都全的]|全部)给(?:我|俺)(?=列|调|翻|拿|找|瞅|看看|看一?下|看一眼)/g, ""],
  // 莫要了、甭要了、别要了 (不要了: the thing said of is to go — Hunan, Gan, south-western, northern).
  [/(?:莫|甭|别)要了/g, "不要了"],
  // English typed among Chinese: all (全部: 「all 确认」「ALL 谢谢」), thx (谢谢) — a word on its own only.
  [/(?<![a-z])all(?![a-z])/gi, "全部"],
  [/(?<![a-z])(?:thx|thanks|3q)(?![a-z])/gi, "谢谢"],
  // Cantonese and Gan 系 before a number is 是 (唔系30户，系35户: 不是30户，是35户).
  [/(?<=^|[\s，,。！!、])(?:系|係)(?=\d)/g, "是"],
  ...WANBEI_FOLDS,
  ...DONGBEI_FOLDS,
  ...CHUANXI_FOLDS,
  ...XIANGBEI_FOLDS,
  ...BASHANG_FOLDS,
  ...HANZHONG_FOLDS,
];

/** `text` with the dialect words above in Mandarin (on Simplified, width-folded text). */
export function toMandarin(text: string): string {
  let out = text;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  for (const [re, to] of WORKED_FOLDS) out = out.replace(re, to);
  return out;
}
