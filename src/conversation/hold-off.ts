/**
 * 「先不确认 我再看看」「稍等 我核对一下数字」「先放着吧」 while a draft's card waits: a no that puts the
 * confirmation off, not one that says the draft is wrong — the draft stays as it is, and the reply
 * says so instead of asking what is wrong.
 */
const PUT_OFF =
  /先不(?:确认|急|定|交|提交)|(?:别|莫|甭|不要)(?:急|慌|忙)(?:着|到|倒)?(?:确认|存|记|交|提交|报)|(?:再|先|去)(?:去)?问(?:问|一?下|一?哈)|先(?:放|搁)(?:那儿|那里|一边)|(?:再|重新)(?:看看|看一?下|想想|核对|核实|对一?下|确认)|稍等|稍后|等(?:一)?(?:会儿?|下|哈|等)|待会|一会儿?|晚点|晚些|回头|先放(?:着|一放|放)|先留着|先搁着|先别(?:确认|存|交)|核对一?下|核实一?下|对一?下数|再確認|再[说說]|(?:回来|转来|回头|忙完|办完|接完|开完会?|吃完饭?)(?:了|之后|以后)?(?:再|才)(?:看|弄|搞|处理)|^(?:我|俺|偶|让我|等我|容我)?(?:再|先)?(?:看看|瞅瞅|瞧瞧|看一下|看下|瞅一下|瞅一眼|看一眼)(?:吧|哈|啊|哦|先|嘛)*$/u;
/** Words that say the draft is wrong: then it is a no about the content. */
const SAYS_WRONG = /不对|错|有误|不准|不是这样|改/u;

export function putsOff(text: string): boolean {
  return PUT_OFF.test(text) && !SAYS_WRONG.test(text);
}
