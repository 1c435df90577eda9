import { mayDecideBindings } from "../domain/binding.js";
import { findSection, type Person } from "../domain/org.js";
import { errorMessage } from "../errors.js";
import type { Command, CommandContext } from "../conversation/types.js";
import {
  forgetUnknownSender,
  listUnknownSenders,
  type UnknownSender,
} from "../conversation/unknown-senders.js";
import { updateRosterFile } from "./write-roster.js";

/** What the roster feature puts in services.features.roster. */
export interface RosterFeatureState {
  /** The roster file to write. */
  orgFile: string;
  /** False while the example roster is in use: nothing is written into the example. */
  writable: boolean;
}

/**
 * 「添加 张三 科普」 (admins only): add someone who messaged the bot but is not in the roster, by
 * the name Feishu gave (or their account id), to a section — written to the roster file at once
 * (validated, atomic, backed up) and in effect without a restart. Only people the bot has heard
 * from can be added this way: their account id is what binds them, never a typed name.
 */
export const addPersonCommand: Command = {
  names: ["添加", "加入名册", "/add"],
  help: "添加 姓名 科室 — 把给机器人发过消息、但不在名册中的人加入名册（管理员）",
  leadersOnly: true,
  async run(ctx) {
    const { services, person } = ctx;
    if (!mayDecideBindings(services.org, person))
      return { text: "只有名册管理员可以添加人员，没有做任何改动。" };
    const state = services.features.roster as RosterFeatureState | undefined;
    if (!state?.writable)
      return {
        text: "当前使用的是示例名册（data/org.example.json），不能在其中添加人员。请先把它复制为 data/org.json 并设置好科室，重启后再添加。",
      };
    const parts = ctx.args.trim().split(/\s+/).filter(Boolean);
    if (parts.length < 2) return { text: await usage(ctx, "请写明姓名和科室，例如「添加 张三 科普」。") };
    const sectionText = parts.pop() ?? "";
    const who = parts.join(" ");
    const section = findSection(services.org, sectionText);
    if (!section)
      return {
        text: `名册中没有「${sectionText}」这个科室，没有做任何改动。可选：${services.org.sections.map((s) => s.name).join("、")}。`,
      };
    const known = await listUnknownSenders(services.store);
    const matches = known.filter((u) => u.id === who || u.name === who);
    if (matches.length === 0)
      return {
        text: await usage(ctx, `最近没有名为「${who}」的未登记人员给机器人发过消息，没有做任何改动。`),
      };
    if (matches.length > 1)
      return {
        text: `有 ${matches.length} 个名为「${who}」的账号，请用账号区分，没有做任何改动：\n${matches.map((u) => `· ${describe(u)} —「添加 ${u.id} ${section.name}」`).join("\n")}`,
      };
    const sender = matches[0] as UnknownSender;
    const already = services.org.people.find((p) => p.feishu.open_id === sender.id);
    if (already) return { text: `${already.name} 已在名册中（${already.id}），无需添加。` };

    const added: Person = {
      id: sender.id.replace(/[^A-Za-z0-9_.-]/g, "_"),
      name: sender.name ?? who,
      role: "staff",
      sections: [section.id],
      feishu: { open_id: sender.id },
    };
    try {
      await updateRosterFile(
        state.orgFile,
        (org) => {
          if (org.people.some((p) => p.feishu.open_id === sender.id || p.id === added.id))
            throw new Error(`${added.name} 已在名册文件中`);
          return { ...org, people: [...org.people, added] };
        },
        services.clock.now(),
      );
    } catch (e) {
      services.log.error("roster: add from chat failed", { error: errorMessage(e) });
      return { text: `没有写入名册：${errorMessage(e)}` };
    }
    // The running bot knows them from now on; the file already has them for the next start.
    services.org.people.push(added);
    await forgetUnknownSender(services.store, sender.id);
    services.log.info("roster: person added from chat", {
      by: person.id,
      person: added.id,
      section: section.id,
    });
    return {
      text: `已把${added.name}加入名册（${section.name}），已写入 ${state.orgFile}。${added.name}现在给机器人发消息即可填报。`,
    };
  },
};

function describe(u: UnknownSender): string {
  return `${u.name ?? "（无姓名）"}（账号 ${u.id}，${u.lastSeen.slice(0, 10)} 最近发消息，共 ${u.messages} 条）`;
}

async function usage(ctx: CommandContext, first: string): Promise<string> {
  const known = await listUnknownSenders(ctx.services.store);
  if (known.length === 0) return `${first}\n目前没有未登记的发消息人员。`;
  return `${first}\n给机器人发过消息、不在名册中的人：\n${known
    .slice(0, 20)
    .map((u) => `· ${describe(u)}`)
    .join("\n")}`;
}
