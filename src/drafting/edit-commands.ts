import { wholePartGone } from "./removal-reading.js";
import { wholePartAnswer } from "./part-removal-said.js";
import type { CardButton, Command, CommandContext, Reply } from "../conversation/types.js";
import { askForPart, askWhichPart } from "./ask-part.js";
import { figureCheckAnswer, figuresAsked, figuresElsewhere, onlyFiguresAsked } from "./figure-check.js";
import { movesAPart, partOrderReply } from "./part-order.js";
import {
  cardFor,
  type DraftingApi,
  leaderCommand,
  onCurrentDraft,
  sourceLabeler,
} from "./command-helpers.js";
import {
  type Draft,
  type DraftPart,
  type DraftVersion,
  latestVersion,
  type PartStatus,
} from "./draft-model.js";
import { editablePart, partBody } from "./edit-part.js";
import { firstMayBeWhole, partLabel, partName, resolvePart, withSectionName } from "./resolve-part.js";
import { workHeading } from "./document-labels.js";
import { partCard, partText, reviewLines } from "./review-view.js";
import { UNDO_BUTTON, undoCommand } from "./undo-command.js";
import { wordsToAdd } from "./words-to-add.js";
import { itemReplaced } from "./item-edit.js";
import { askItemAdded } from "./item-add-asked.js";

/**
 * Editing one part: 重写 (the model rewrites it, with an optional instruction), 改写 (the
 * reviewer's own words replace it — with or without a model), and the part statuses
 * (锁定 / 解锁 / 通过). Without a model, 重写 says plainly it cannot apply an instruction and
 * offers 改写. Each answers with the part it touched and a short summary, not the whole draft.
 */
const size = (p: DraftPart) =>
  `${p.items.length > 0 ? `${p.items.length} 条，` : ""}${[...partBody(p)].length} 字`;

async function partReply(
  api: DraftingApi,
  d: Draft,
  part: DraftPart,
  lead: string,
  first: CardButton[] = [],
): Promise<Reply> {
  const label = await sourceLabeler(api.service, d);
  // The card carries the lead and the part; the text is that card written out (not printed twice).
  const card = partCard(d, part, label);
  return {
    text: `${lead}\n\n${partText(d, part, label)}`,
    card: { ...card, blocks: [lead, ...card.blocks], buttons: [...first, ...(card.buttons ?? [])] },
    textIsCardCopy: true,
  };
}

/** The handler with a section alias in its arguments written as the section's name. */
function named<R>(run: (ctx: CommandContext, draft: Draft) => R): (ctx: CommandContext, draft: Draft) => R {
  return (ctx, draft) => run({ ...ctx, args: withSectionName(ctx.args, ctx.services.org.sections) }, draft);
}

export function editCommands(api: DraftingApi): Command[] {
  const { service } = api;

  const rewrite = leaderCommand(
    ["重写", "/rewrite"],
    "重写 （二） 意见：让模型只重写草稿的一个部分（开头、（一）…、问题、计划），其余不变",
    onCurrentDraft(
      api,
      "重写",
      named(async (ctx, draft) => {
        if (!ctx.args.trim())
          return { text: "请写明要重写哪一部分和修改意见，如「重写 （二） 再精炼些，突出成果转化」。" };
        const v = latestVersion(draft);
        // 「把存在问题挪到最后」: a whole part moved — the parts keep the 公文 order (part-order.ts).
        if (draft.status !== "approved" && movesAPart(ctx.args)) return { text: partOrderReply(v) };
        const r = resolvePart(v, ctx.args);
        // 「第一部分写短点」: 一、 as a whole or its （一）? Asked, never guessed.
        const first = firstMayBeWhole(v, ctx.args);
        if (first) return askWhichPart(ctx, "重写", draft, [first], r.rest, wholeName(draft, v));
        if (r.ambiguous) return askWhichPart(ctx, "重写", draft, r.ambiguous, r.rest);
        // 「数字核一下」 with no part named (leader41): every figure of the draft beside its report, nothing changed.
        if (!r.part && !service.llmEnabled && onlyFiguresAsked(r.rest || ctx.args))
          return {
            text: figureCheckAnswer(v, v.parts, ctx.args.trim(), await sourceLabeler(api.service, draft)),
          };
        // 「重写 写短一点」: an instruction with no part named — ask, never guess.
        if (!r.part && !r.hint && draft.status !== "approved") return askForPart(ctx, "重写", draft, r.rest);
        // dlg52: 「把高企那块删了」 — the whole part asked to go: no rewrite takes a part out (part-removal-said.ts).
        if (r.part && draft.status !== "approved" && wholePartGone(r.rest))
          return partReply(api, draft, r.part, wholePartAnswer(v, r.part));
        if (r.part && !service.llmEnabled) {
          editablePart(draft, ctx.args, "重写"); // a finalised draft or a locked part: say that first
          const label = partLabel(v, r.part);
          const instead = `如需修改，请直接发送「改写 ${label} 新的文字」（每行一条），我会用您的文字替换${partName(v, r.part)}。`;
          // 「重写 二、存在的问题」 with no problem reported: only a placeholder is there — nothing to rewrite offline,
          // said as such (the part's own name is no instruction not followed), never text made up.
          if (r.part.origin === "placeholder") {
            const said = placeholderInstruction(r.rest, `${r.part.heading}${partName(v, r.part)}`);
            const name = partName(v, r.part);
            // 「高企那块的数字核一下」 where 高企 work was reported under another section: the figures where they are.
            if (said && figuresAsked(said)) {
              const label = await sourceLabeler(api.service, draft);
              const lead = figuresElsewhere(v, r.part, said, ctx.services.org.sections, label);
              return partReply(api, draft, r.part, `${name}没有填报材料，只是占位语，没有改动。${lead}`);
            }
            // 「补一句人手不足」: the leader's own words, offered back for 改写 in one tap (words-to-add.ts).
            const words = said ? wordsToAdd(said) : undefined;
            const offer = words ? `改写 ${label} ${words}` : "";
            return partReply(
              api,
              draft,
              r.part,
              `${said ? `未配置模型，离线模式重写时没有按意见「${said}」改动${name}，所以没有生成新版本：` : ""}${name}现在只是占位语：还没有人报过这方面的内容，离线模式没有原文可以重写，我也不会替大家编写${said ? "" : "，所以没有生成新版本"}。\n${words ? `如果要把您给的「${words}」写进${name}，请点「用这句改写」或发送「${offer}」（这是您的文字，不算填报材料）；也可以请相关科室把内容报上来并确认，再「生成总结」。` : `可以请相关科室把内容报上来并确认，再「生成总结」；或发送「改写 ${label} 新的文字」（每行一条），用您自己的文字写这一部分。`}`,
              words ? [{ label: "用这句改写", command: offer, style: "primary" }] : [],
            );
          }
          // 「（四）的数字核一下」: the figures beside their reports, said as a check done, not as an edit not made.
          if (onlyFiguresAsked(r.rest)) {
            const checked = figureCheckAnswer(v, [r.part], r.rest, await sourceLabeler(api.service, draft));
            return partReply(api, draft, r.part, checked);
          }
          if (!r.rest)
            return partReply(
              api,
              draft,
              r.part,
              `未配置模型，离线模式无法换一种写法：离线草稿只按填报原文整理，重写只会得到同样的文字，所以没有生成新版本。\n${instead}`,
            );
          // The offline drafter does what it honestly can of the words, and says what it cannot.
          const res = await service.reviseOffline(draft.period, ctx.args, ctx.person.id);
          const lines = reviewLines(res.review);
          if (!res.changed)
            return partReply(
              api,
              draft,
              r.part,
              `未配置模型，离线模式重写时没有按意见「${r.rest}」改动${partName(v, r.part)}，所以没有生成新版本：\n${lines}\n${instead}`,
            );
          const nv = latestVersion(res.draft);
          return partReply(
            api,
            res.draft,
            res.part,
            `已按意见修改${partName(v, res.previous)}（离线，v${nv.version}）：${size(res.previous)} → ${size(res.part)}；其余部分未改动。发送「对比」查看改动，「撤销上一步」恢复改前的文字。\n${lines}`,
            [UNDO_BUTTON],
          );
        }
        const res = await service.rewrite(draft.period, ctx.args, ctx.person.id);
        const name = partName(v, res.previous);
        const failed =
          res.part.origin === "fallback"
            ? `模型未成功（${res.part.fallbackReason ?? "没有可用结果"}），`
            : "";
        if (!res.changed)
          return partReply(
            api,
            res.draft,
            res.previous,
            `${failed}重写后的${name}与原文完全相同，没有生成新版本。可换个说法写明意见，或发送「改写 ${partLabel(v, res.previous)} 新的文字」自己修改。`,
          );
        const nv = latestVersion(res.draft);
        return partReply(
          api,
          res.draft,
          res.part,
          `已重写${name}（v${nv.version}）${failed ? `，但${failed}已用离线草稿代替` : ""}：${size(res.previous)} → ${size(res.part)}；其余部分未改动。发送「对比」查看改动，「撤销上一步」恢复改前的文字。`,
          [UNDO_BUTTON],
        );
      }),
    ),
  );

  const replace = leaderCommand(
    ["改写", "/replace"],
    "改写 （三） 新的文字：用您自己的文字替换一个部分（每行一条）；只换一条：改写 计划 第2条 新的文字（也可说「计划第二条改成：…」）；加一条：改写 计划 加一条 新的文字",
    onCurrentDraft(
      api,
      "改写",
      named(async (ctx, draft) => {
        const v = latestVersion(draft);
        const r = resolvePart(v, ctx.args);
        // 「第一部分写短点」: 一、 as a whole or its （一）? Asked, never guessed.
        const first = firstMayBeWhole(v, ctx.args);
        if (first) return askWhichPart(ctx, "改写", draft, [first], r.rest, wholeName(draft, v));
        // 「第三部分加一句：…」 (加一条？): once the leader picks the part, the words are added to it.
        if (r.ambiguous)
          return askWhichPart(ctx, "改写", draft, r.ambiguous, r.rest.replace(/^加一条？/u, "加一条"));
        if (!r.part || !r.rest)
          return {
            text: `请写明部分和新的文字，如「改写 （三） 举办科技活动周，1500名群众参与」；多条请分行。${r.hint ?? ""}`,
          };
        // 「改写 计划 第2条 …」: one item replaced, the others kept (item-edit.ts).
        const one = r.part.kind === "opening" ? undefined : itemReplaced(r.rest);
        // 「计划第三条改成…」 with two items: a third is likely meant — asked, never added unasked.
        if (one && r.part.items.length > 0 && one.n === r.part.items.length + 1)
          return askItemAdded(ctx, partLabel(v, r.part), partName(v, r.part), one.n, one.text);
        // 「计划里加上…」 (n -1): asked before added; a part without items is only said to have none.
        if (one?.n === -1)
          return r.part.items.length > 0
            ? askItemAdded(
                ctx,
                partLabel(v, r.part),
                partName(v, r.part),
                r.part.items.length + 1,
                one.text,
                true,
              )
            : partReply(api, draft, r.part, noItemsToAdd(r.part, partName(v, r.part), one.text), [
                {
                  label: "用这句改写",
                  command: `改写 ${partLabel(v, r.part)} ${one.text}`,
                  style: "primary",
                },
              ]);
        const res = await service.replacePart(
          draft.period,
          ctx.args,
          one?.text ?? r.rest,
          ctx.person.id,
          one?.n,
        );
        const nv = latestVersion(res.draft);
        const done =
          one?.n === 0
            ? `已在${partName(v, res.previous)}末尾加上第 ${res.part.items.length} 条（您的文字，v${nv.version}）；原有 ${res.previous.items.length} 条和其他部分未改动。`
            : one
              ? `已把${partName(v, res.previous)}第 ${one.n} 条换成您的文字（v${nv.version}）：原文「${itemWords(res.previous, one.n)}」；${res.part.items.length > 1 ? `其余 ${res.part.items.length - 1} 条和` : ""}其他部分未改动。`
              : `已用您的文字替换${partName(v, res.previous)}（v${nv.version}）：${size(res.previous)} → ${size(res.part)}；其余部分未改动。`;
        return partReply(api, res.draft, res.part, `${done}发送「撤销上一步」可恢复改前的文字。`, [
          UNDO_BUTTON,
        ]);
      }),
    ),
  );

  const status = (names: string[], st: PartStatus, word: string, help: string): Command =>
    leaderCommand(
      names,
      help,
      onCurrentDraft(
        api,
        names[0] as string,
        named(async (ctx, draft) => {
          const v = latestVersion(draft);
          const r = resolvePart(v, ctx.args);
          if (r.ambiguous) return askWhichPart(ctx, names[0] as string, draft, r.ambiguous, r.rest);
          const { draft: d, part } = await service.setPartStatus(draft.period, ctx.args, st, ctx.person.id);
          return { text: `已${word}：${partName(v, part)}`, card: await cardFor(api, d) };
        }),
      ),
    );

  return [
    rewrite,
    replace,
    undoCommand(api),
    status(["锁定", "/lock"], "locked", "锁定", "锁定 （二）：锁定一个部分，重新生成时保持不变"),
    status(["解锁", "/unlock"], "draft", "解锁", "解锁 （二）：解除锁定或通过"),
    status(["通过", "/pass"], "approved", "通过", "通过 （二）：审核通过一个部分"),
  ];
}

/** 一、 as the reviewer sees it in the which-part question: its heading and how many sections it holds. */
function wholeName(d: Draft, v: DraftVersion): string {
  const n = v.parts.filter((p) => p.kind === "section").length;
  return `${workHeading(d.period)}（整段，含${n}个科室部分）`;
}

/** The instruction given with a placeholder part, unless it only names the part again (「重写 二、存在的问题」). */
function placeholderInstruction(rest: string, heading: string): string {
  const bare = rest.replace(/[、，,。\s]/g, "");
  return bare === "" || heading.includes(bare) ? "" : rest;
}

/**
 * review56: words to add to a part with no numbered items — nothing changed, and the leader's words offered for 改写 in one
 * tap (a placeholder part said to be one, as 「补一句…」 always was: placeholder-words-offered-45).
 */
function noItemsToAdd(part: DraftPart, name: string, text: string): string {
  const why =
    part.origin === "placeholder"
      ? `${name}现在只是占位语：还没有人报过这方面的内容，没有编号的条目可以加在后面`
      : `${name}现在没有编号的条目`;
  return `${why}，没有加「${text}」；草稿没有改动。如果要把「${text}」写进${name}，请点「用这句改写」（替换整段；这是您的文字，不算填报材料）。`;
}

/** An item's words as the reviewer read them (its title, if any, and text). */
function itemWords(p: DraftPart, n: number): string {
  const it = p.items[n - 1];
  return it ? `${it.title ? `${it.title}。` : ""}${it.text}` : "";
}
