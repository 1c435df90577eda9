/**
 * 填报: the guided mode for staff who prefer questions to a blank box. Four questions, each
 * skippable with 「无」/「跳过」; 「取消」 leaves at any point and nothing is stored.
 */
export const STEPS = [
  { key: "work", ask: "1/4 这段时间主要做了哪些工作？（可以分几点说）", required: true },
  {
    key: "figures",
    ask: "2/4 有哪些关键数据？例如：举办培训3期、参训200人次、投入资金50万元。（没有请回复「无」）",
  },
  { key: "problems", ask: "3/4 遇到了什么问题或困难？（没有请回复「无」）" },
  { key: "plans", ask: "4/4 下一步有什么打算？（没有请回复「无」）" },
] as const;

/** The index of the last question (下一步打算), which a bare 好的 answers with nothing more. */
export const GUIDED_LAST = STEPS.length - 1;

/**
 * What each question asks for, said back when someone asks how to answer it (「困难一定要写吗」「问题这块写啥啊」):
 * what to write, an example, and whether it may be left out (only the first must be answered).
 */
export const STEP_GUIDANCE: Readonly<Record<(typeof STEPS)[number]["key"], string>> = {
  work: "这一问写这段时间做了哪些工作，一件一句就行，例如「走访企业5家，宣讲扶持政策」；这一问需要回答。",
  figures:
    "这一问写能说明工作的数字：场次、人数、家数、金额等，例如「举办培训3期、参训200人次」；没有数字可以不写，回复「无」就行。",
  problems:
    "这一问写工作中遇到的问题或困难，一两句就行，例如「乡镇场地偏小，群众参与不够」；没有可以不写，回复「无」就行。",
  plans: "这一问写下一步打算做什么，例如「下月到集市开展流动科普」；没有可以不写，回复「无」就行。",
};
