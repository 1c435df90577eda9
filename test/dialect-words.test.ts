import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { intentText } from "../src/conversation/intent-lexicon.js";

/**
 * The dialect fold every lexicon reads through (dialect-words.ts): dialect function words become
 * Mandarin, and Mandarin words that share a character are left alone.
 */
describe("dialect words", () => {
  it.each([
    ["冇问题", "没问题"],
    ["冇咩问题", "没什么问题"],
    ["唔使", "不用"],
    ["系啊 冇错", "是啊 没错"],
    ["点样用㗎", "怎么用啊"],
    ["么得问题", "没得问题"],
    ["莫得啥子数据", "没得啥数据"],
    ["冒得问题", "没得问题"],
    ["咋个用", "怎么用"],
    ["可以额 就迭能", "可以啊 就这样"],
    ["阿拉今朝去了两家企业", "我们今天去了两家企业"],
    ["老张让俺下午帮他送材料", "老张让我下午帮他送材料"],
    ["木有问题", "没有问题"],
    ["今日去咗三间企业睇高企申报", "今日去了三间企业看高企申报"],
    ["删错了 快给我整回来", "删错了 快给我弄回来"],
    ["这礼拜没整出啥新东西", "这礼拜没弄出啥新东西"],
    ["不报咋整", "不报怎么办"],
    ["年底材料贼多 嘎哈呢", "年底材料很多 干啥呢"],
    ["我记岔了 给我瞅瞅", "我记错了 给我看看"],
    ["领导能看着不", "领导能看到不"],
    ["把我这俩草稿都给确认了", "把我这两个草稿都确认了"],
    ["12月31号放假伐", "12月31号放假吗"],
    ["领导看得到伐？", "领导看得到吗？"],
    // Wu: 哪能 asking how, 额 closing a clause, 晓得, 清爽 after a verb of knowing, 老/交关 as «very», 呒没, 脱.
    ["哪能弄伐", "怎么弄吗"],
    ["行额，改吧", "行啊，改吧"],
    ["没问题额，老好", "没问题啊，很好"],
    ["晓得伐", "知道吗"],
    ["我搞不清爽", "我搞不清楚"],
    ["今朝呒没事体", "今天没有事体"],
    ["空调又坏脱了", "空调又坏掉了"],
    ["上趟讲的那个", "上次讲的那个"],
    ["刚刚撤脱额那条", "刚刚撤掉的那条"],
    // Cantonese 攞返出嚟 (拿回出来).
    ["幫我攞返出嚟", "幫我弄回来出来"],
    ["唔改喇", "不改了"],
    ["头先嗰条", "刚才那条"],
    // Shandong and Henan.
    ["恁看看中不中", "你看看行不行"],
    ["恁多材料", "那么多材料"],
    ["杠好", "很好"],
    ["中哩", "中啊"],
    ["今天不得劲", "今天不舒服"],
    // South-western, north-western.
    ["巴适得板", "很好"],
    ["要得噻", "要得啊"],
    ["嫑催我", "不要催我"],
    ["咋么弄", "怎么弄"],
    ["材料搞归一了", "材料搞完了"],
    // Cantonese, Min and Hakka, online.
    ["佢哋都确认晒", "他们都确认了"],
    ["而家得唔得", "现在行不行"],
    ["点解唔得", "为什么不行"],
    ["搞掂咗", "弄好了"],
    ["啱啱报咗", "刚刚报了"],
    ["佢报咗未？", "他报了没？"],
    ["𠊎袂记得", "我不会记得"],
    ["肿么弄", "怎么弄"],
    ["今个月报咗啲乜", "这个月报了些什么"],
    ["搞错咗 还原返", "搞错了 还原"],
    ["恢复返嚟", "恢复来"],
  ])("%s → %s", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    "理顺了三家企业的合作关系",
    "联系了5家企业",
    "采集监测点样品12份",
    "感冒得厉害",
    "完成林木采伐",
    "加快改革步伐",
    "争取资金金额三百万",
    "奖补金额那条",
    "喇叭坏了3个",
    "返乡创业12人，返回原籍",
    "阿拉伯数字",
    "怎么得了",
    "整理台账，调整方案，整改问题12个",
    "整村推进3个，整整三天",
    "组织防盗贼宣传",
    "看着办",
    "识破伎俩",
    "都给企业发了通知",
    "完成技术合同成交额，同比增长",
    "争取名额",
    "我哪能不知道",
    "天气清爽",
    "当了多年老好人",
    "不要抬杠",
    "怪不得",
    "重点解决三个问题",
    "那边个别企业",
    "周边度假村",
    "从而家庭收入增加",
    "两家企业联袂参展",
    "有影响",
    "摆脱贫困",
    "老大难问题",
    "晒被子",
  ])("leaves Mandarin alone: %s", (said) => {
    expect(toMandarin(said)).toBe(said);
  });

  it.each([
    ["我介礼拜报了几条", "我这礼拜报了几条"],
    ["介个月的都拿来看看", "这个月的都拿来看看"],
    ["介么办行吗", "这么办行吗"],
  ])("Tianjin 介 before a measure or time word is 这: %s", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    "给大伙介绍一下新政策",
    "中介个人信息",
    "项目简介月底交",
    "不介意",
  ])("leaves 介 in words alone: %s", (said) => {
    expect(toMandarin(said)).toBe(said);
  });

  it.each([
    // Questions said in Cantonese, Min and Wu (docs/understanding.md 第二十一轮 cmd21).
    ["点样撤回啊", "怎么撤回啊"],
    ["唔知点样恢复", "不知怎么恢复"],
    ["报毋着了要按怎改", "报错了要怎么改"],
    ["下周日使唔使返工", "下周日要不要上班"],
    ["元旦彼日放假无", "元旦那日放假吗"],
    ["上礼拜我有报无 看一下", "上礼拜我有报吗 看一下"],
    ["我本月报嘅嘢有边啲？", "我本月报的东西有哪些？"],
    ["明仔载到礼拜五请假", "明天到礼拜五请假"],
    ["彼几个×先无要紧 照样定落去", "那几个×先不要紧 照样定下去"],
    ["这玩意儿咋使啊", "这玩意儿咋用啊"],
    ["修改 2 五百改做六百", "修改 2 五百改成六百"],
  ])("a question in dialect: %s → %s", (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin);
  });

  it.each([
    "采集点样品12份",
    "彼此配合",
    "以后日子好过了",
    "毫无进展",
    "本周问题：无",
    "检查无人机3架",
  ])("leaves these alone: %s", (said) => {
    expect(toMandarin(said)).toBe(said);
  });

  it("runs inside intentText, after Traditional → Simplified", () => {
    expect(intentText("點樣用㗎").norm).toBe("怎么用啊");
    expect(intentText("冇問題").core).toBe("没问题");
  });
});
