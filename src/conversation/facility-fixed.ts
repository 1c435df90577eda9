/**
 * 「暖气管子冻裂了 找人修好了」「办公楼的水管冻裂哒 喊人来修好哒」「会议室空调坏了 叫师傅修好了」「局里大门的锁坏了 找人换好了」:
 * something of the workplace broke and the sender had it put right — the office's upkeep done (后勤、安全), a report,
 * though it reads like news. A thing at home, one's car or phone (家里水管冻裂了 找人修好了、车坏了 修好了) is no work;
 * the fault alone (暖气管子冻裂了) or a fix still to come (明天找人来修) is not this either.
 */
const FACILITY =
  /暖气|水管|管子|管道|下水道|空调|门锁|锁|大门|电路|线路|电线|电闸|灯|屋顶|房顶|窗户|门窗|打印机|复印机|投影仪?|电脑|网络|网线|监控|电梯|锅炉|消防栓|水泵|厕所|卫生间|会议室|办公室|办公楼|机房|食堂|院墙|围墙/;
/** Broke: 坏了、冻裂了、爆了、漏水、堵了、断了、不亮了、跳闸. */
const BROKE = /坏|冻裂|冻坏|爆|漏|裂|堵|断|不亮|不热|不通|跳闸|掉了|塌/;
/** Put right, done: 找人修好了、叫物业修好了、喊师傅来换好了、已经修好了、疏通了. */
const FIXED =
  /(?:(?:找|叫|喊|请|联系)(?:了)?(?:人|师傅|物业|电工|水电工|维修工|工人|厂家|售后)(?:来)?|已经|都|也|连夜|当天|及时)?(?:修|换|弄|检修|维修|抢修|疏通|修复|更换)(?:好|完|通)(?:了|哒|咯|啦|喽|嘞|咖|咧)|(?:疏通|修复|更换|抢修)了/;
/** Not the workplace: home, one's car, phone, bike. */
const PRIVATE = /家里|家头|屋里|屋头|屋企|我家|俺家|老家|车|手机|自行车|电动车|房东/;

export function facilityFixed(norm: string): boolean {
  return (
    FACILITY.test(norm) &&
    BROKE.test(norm) &&
    FIXED.test(norm) &&
    !PRIVATE.test(norm) &&
    !/[?？吗]/.test(norm)
  );
}
