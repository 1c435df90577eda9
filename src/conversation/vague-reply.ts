import type { Known } from "./intake.js";
import { cardReply } from "./render-update.js";
import { setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";
import type { Vague } from "./vague-message.js";

/**
 * The one-line question about a vague message (vague-message.ts): what is meant, with the commands
 * that may be it as buttons. Nothing is stored and nothing is offered to be recorded: the state
 * only notes that the bot asked, so the next message is read afresh (a bare 好的 records nothing).
 */
export async function askWhatIsMeant(
  services: Services,
  input: Known,
  text: string,
  vague: Exclude<Vague, "bare">,
): Promise<Reply> {
  await setState(
    services.store,
    input.person.id,
    { mode: "ask-report", text, vague: true },
    stampOf(services, input),
  );
  const chars = [...text.trim()];
  const short = chars.length > 16 ? `${chars.slice(0, 16).join("")}…` : text.trim();
  const mine = { label: "我的填报", command: "我的填报" };
  // Each kind asks in one line under the words quoted, with the commands that may be meant.
  const ask = (title: string, line: string, buttons: { label: string; command: string }[]) =>
    cardReply({ title, template: "orange", blocks: [`> ${short}`, line], buttons });
  switch (vague) {
    case "relay":
      return ask(
        "要转告的是什么事？",
        "这条里没有写出要说的事，我先没有保存。请把事情直接发给我：是工作情况就记为填报，要请假、改哪条填报也照直说。",
        [],
      );
    case "status": {
      // 「咋弄」「这咋整啊」: a how with nothing named may be a question how to use the bot — 帮助 offered.
      const how = /怎么|咋|如何|怎样|哪能/.test(text);
      return ask(
        "您问的是哪件事？",
        `没说是哪件事，我先没有保存。我只查得到您自己报过的内容（点「我的填报」看看）；别处的事情我查不到，是要报的进展就把做了什么发给我。${how ? "要问怎么用我，点「帮助」。" : ""}`,
        how ? [mine, { label: "帮助", command: "帮助" }] : [mine],
      );
    }
    case "handover":
      return ask(
        "您想让我做什么？",
        "没说是哪件事，我先没有保存。我能记工作填报，查看、修改、撤回您报过的内容：说具体一点就行，比如「修改 3 …」「看看第2条」。",
        [mine, { label: "帮助", command: "帮助" }],
      );
    case "fault":
      return ask(
        "哪里不对？",
        "没说是哪条、哪个数不对，我先没有保存。要改您报过的内容，说编号和改成什么（比如「修改 3 46家改成48家」），点「我的填报」可以看编号。",
        [mine],
      );
    case "time":
      return ask(
        `「${short}」要做什么？`,
        "只说了时间，我先没有保存。要请假或不在单位，照直说（比如「明天上午请假半天」）；是做完的工作，发做了什么、关键数据；要改哪条填报，说编号。",
        [mine],
      );
    case "pointer":
      return ask(
        "您说的是哪件事？",
        `我看不出「${short}」指的是什么，先没有保存。要改或撤回哪条填报，说编号（点「我的填报」可以看编号）；要报的工作，发做了什么、关键数据。`,
        [mine],
      );
  }
}
