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
