/**
 * A county 农业农村局's year as its staff typed it into Feishu: 40 messages, colloquial, with
 * chat openers, typos, emoji, full-width and half-width punctuation, a few Traditional characters,
 * relative dates, problems and plans mixed into work reports, year totals next to small counts.
 * Written for the draft-quality bench only; no test uses it. Some offline wording rules (搞了, 签了…)
 * and the misquote rule were adjusted after reading the drafts made from it.
 */
export const BUREAU = {
  unit: "示范县农业农村局",
  superiors: "县委、县政府",
  sections: [
    { id: "crop", name: "粮食生产与农技推广" },
    { id: "reform", name: "农村改革与经营主体" },
    { id: "village", name: "乡村建设与人居环境" },
    { id: "stock", name: "畜牧兽医与动物防疫" },
    { id: "office", name: "党建与机关建设" },
  ],
  people: [
    { id: "wang-ju", name: "王志强", role: "leader", title: "局长" },
    { id: "liu-nj", name: "刘芳", role: "staff", sections: ["crop"] },
    { id: "chen-gg", name: "陈立", role: "staff", sections: ["reform"] },
    { id: "zhao-xc", name: "赵敏", role: "staff", sections: ["village"] },
    { id: "he-xm", name: "何军", role: "staff", sections: ["stock"] },
    { id: "sun-bgs", name: "孙婷", role: "staff", sections: ["office"] },
  ],
};

type Row = { author: string; section: string; date: string; text: string };

export const MESSAGES: Row[] = [
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-02-18",
    text: "报一下春耕备耕：今天开了全县春耕生产调度会，各乡镇分管领导都来了，下发农资储备清单18份。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-03-12",
    text: "好消息！！高标准农田项目批下来了，今年建设面积2.3万亩，总投资3450万元👍",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-04-08",
    text: "刚搞完水稻集中育秧培训，办了4期，培训种粮大户和农技员320人次。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-05-20",
    text: "前面说的育秧工厂，建好了，新建育秧大棚两座，每座60米×12米，能供秧1.5万亩。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-06-30",
    text: "夏粮收完了，小麦单产比去年高，全县夏粮面积8.6万亩。问题：部分乡镇烘干能力不足，雨天晒粮难。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-08-15",
    text: "开展病虫害统防统治，防治面积12万亩次，出动植保无人机46架。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-10-28",
    text: "秋粮也收得差不多了，全年粮食播种面积稳定在31.2万亩，总产预计13.5万吨。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-11-20",
    text: "明年打算：新建高标准农田2万亩，新增粮食烘干中心2个，解决烘干难。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-01-22",
    text: "汇报一下经营主体这块，去年底县级示范家庭农场评了，今年初公布名单，一共15家。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-03-25",
    text: "农村集体產權制度改革回头看，抽查了9个村，发现问题台账23条，已督促整改。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-05-09",
    text: "招商這塊：与示范县绿源粮油有限公司和青山农业发展有限公司签了订单农业协议，带动农户600户。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-07-03",
    text: "新申报省级农民合作社示范社2项，市级示范社5家，材料都报上去了。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-09-18",
    text: "村集体经济：全县村集体经济收入10万元以上的村达到到46个（有个错字哈）",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-11-05",
    text: "全年累计培育新型农业经营主体78家，其中家庭农场41家、合作社37家。问题：部分合作社运营不规范，带动能力弱。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-12-02",
    text: "下一步总体思路是以规范提升为主线，抓好示范社创建和家庭农场培育。明年力争新增省级示范社3家。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-02-27",
    text: "人居环境春季整治搞完了，清理垃圾1860吨，拆除残垣断壁420处。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-04-16",
    text: "农村改厕：今年任务1200户，到昨天完成了680户，进度57%。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-06-11",
    text: "和美乡村示范村建设，定了3个村，已完成规划编制。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-08-22",
    text: "改厕全部完成了！1200户都验收了✅，问题厕所排查整改86座。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-10-09",
    text: "村庄清洁行动组织了4次集中评比，评出美丽庭院示范户210户。问题：有的村长效管护机制没建起来，反弹多。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-12-10",
    text: "明年计划再创建和美乡村示范村5个，改厕后续管护要建立长效机制。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-03-05",
    text: "春防开始了，报一下：口蹄疫、禽流感集中免疫，应免畜禽免疫密度保持在90%以上。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-04-30",
    text: "春防结束，共免疫猪牛羊28.6万头（只），家禽95万羽。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-06-18",
    text: "畜禽养殖废弃物资源化利用率达到88%，比去年提高了3个百分点。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-07-25",
    text: "生猪存栏稳定在12.4万头，能繁母猪1.3万头，在正常保有量范围内。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-09-12",
    text: "秋防搞定，另外抽检兽药饲料样品60批次，合格率100%。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-11-26",
    text: "问题：基层防疫员年龄偏大，队伍青黄不接。明年打算招聘村级防疫员20名，开展技能培训。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-01-15",
    text: "各位领导，报一下机关党建：今天组织了党纪学习教育动员会,全体党员43人参加。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-03-28",
    text: "“三会一课”按要求开展，上半年开支部党员大会3次、党课2次～",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-04-22",
    text: '组织党员参加"学习强国"知识竞赛,还办了学习党的十九大精神读书班1期;参加40人次',
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-05-16",
    text: "局里开展了作风建设专项整治，查摆问题11个，已整改9个。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-07-08",
    text: "信息宣传：上半年在市级以上媒体发稿26篇。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-09-30",
    text: "办好了人大建议政协提案办理，共承办建议提案17件，办结率100%，满意率100%。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-12-05",
    text: "全年在市级以上媒体发稿累计58篇，其中省级12篇。问题：信息宣传力量薄弱，专职人员只有1人。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-09-05",
    text: "农技推广：建设农业科技示范基地6个，推广主导品种和主推技术15项，示范带动面积3.2萬亩。",
  },
  {
    author: "chen-gg",
    section: "reform",
    date: "2025-10-15",
    text: "土地流转这块，全县流转面积累计11.8万亩，规范流转合同签订率95%。",
  },
  {
    author: "zhao-xc",
    section: "village",
    date: "2025-11-12",
    text: "农村生活污水治理，新增治理行政村8个，全县治理率达到42%。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-10-20",
    text: "培训养殖户：搞了养殖技术培训5期，培训280人次，发放技术资料1500份。",
  },
  {
    author: "sun-bgs",
    section: "office",
    date: "2025-11-18",
    text: "安全生产和信访：全年接待来访群众34批次，办结率100%。",
  },
  {
    author: "liu-nj",
    section: "crop",
    date: "2025-12-12",
    text: "明年总的考虑：稳面积、提单产，抓好高标准农田建设和病虫害防控，粮食播种面积稳定在31万亩以上。",
  },
  {
    author: "he-xm",
    section: "stock",
    date: "2025-12-15",
    text: "明年计划：畜禽粪污资源化利用率力争达到90%，完善动物防疫体系。",
  },
];
