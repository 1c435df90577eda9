import { BINDINGS_COLLECTION, type Binding, BindingSchema, mayDecideBindings } from "../../domain/binding.js";
import { findPerson } from "../../domain/org.js";
import { bindingListText } from "../binding-cards.js";
import type { Command, CommandContext, Reply } from "../types.js";

/**
 * The roster admins' decisions on chat accounts (see domain/binding.ts): 「绑定申请」 lists what
 * waits, 「绑定 账号 [人员]」 binds (also a second account for one person — the admin's call),
 * 「拒绝绑定 账号」/「解除绑定 账号」 refuses or removes. Admins only: a roster without admins
 * falls back to its leaders.
 */
const ACCOUNT = /^([A-Za-z0-9_-]{4,100})\s*(.*)$/;

async function open(ctx: CommandContext) {
  return ctx.services.store.collection(BINDINGS_COLLECTION, BindingSchema);
}

function adminOnly(ctx: CommandContext): Reply | undefined {
  return mayDecideBindings(ctx.services.org, ctx.person)
    ? undefined
    : { text: "身份绑定只能由名册管理员确认，没有做任何改动。" };
}

const list: Command = {
  names: ["绑定申请", "待绑定", "/bindings"],
  help: "绑定申请 — 查看待管理员确认的飞书账号（管理员）",
  leadersOnly: true,
  async run(ctx) {
    const refused = adminOnly(ctx);
    if (refused) return refused;
    return { text: bindingListText(await (await open(ctx)).list(), ctx.services.org) };
  },
};

const bind: Command = {
  names: ["绑定", "确认绑定", "/bind"],
  help: "绑定 账号 [人员] — 把一个飞书账号绑定到名册成员（管理员）",
  leadersOnly: true,
  async run(ctx) {
    const refused = adminOnly(ctx);
    if (refused) return refused;
    const m = ACCOUNT.exec(ctx.args);
    if (!m?.[1])
      return { text: "请写明飞书账号，例如「绑定 ou_1234 lin-fen」。发送「绑定申请」查看待处理的账号。" };
    const openId = m[1];
    const col = await open(ctx);
    const current = await col.get(openId);
    const named = m[2] ? findPerson(ctx.services.org, m[2]) : undefined;
    if (m[2] && !named) return { text: `名册中没有「${m[2]}」，没有做任何改动。` };
    const person = named ?? ctx.services.org.people.find((p) => p.id === current?.personId);
    if (!person)
      return {
        text: `没有账号 ${openId} 的绑定申请。手动绑定请同时写明人员，例如「绑定 ${openId} lin-fen」。`,
      };
    if (current?.status === "bound" && current.personId === person.id && current.method !== "name-legacy")
      return { text: `账号 ${openId} 已经绑定为 ${person.name}，无需重复操作。` };
    const record: Binding = {
      id: openId,
      personId: person.id,
      status: "bound",
      method: "admin",
      name: current?.name,
      detail: current?.detail,
      at: ctx.services.clock.now().toISOString(),
      by: ctx.person.id,
    };
    await col.put(record);
    const others = (await col.list())
      .filter((b) => b.personId === person.id && b.status === "bound" && b.id !== openId)
      .map((b) => b.id);
    if (person.feishu.open_id && person.feishu.open_id !== openId) others.unshift(person.feishu.open_id);
    const also =
      others.length > 0
        ? `\n注意：${person.name} 现在共绑定 ${others.length + 1} 个账号（另有 ${others.join("、")}）；如有不对请「解除绑定 账号」。`
        : "";
    ctx.services.log.info("identity: account bound by an admin", {
      openId,
      person: person.id,
      by: ctx.person.id,
    });
    return { text: `已把飞书账号 ${openId} 绑定为 ${person.name}。${also}` };
  },
};

const refuse: Command = {
  names: ["拒绝绑定", "解除绑定", "/unbind"],
  help: "拒绝绑定 / 解除绑定 账号 — 不让这个飞书账号使用名册身份（管理员）",
  leadersOnly: true,
  async run(ctx) {
    const refused = adminOnly(ctx);
    if (refused) return refused;
    const m = ACCOUNT.exec(ctx.args);
    if (!m?.[1]) return { text: "请写明飞书账号，例如「解除绑定 ou_1234」。" };
    const openId = m[1];
    const col = await open(ctx);
    const current = await col.get(openId);
    const rostered = ctx.services.org.people.find((p) => p.feishu.open_id === openId);
    if (rostered)
      return {
        text: `账号 ${openId} 是名册中为 ${rostered.name} 登记的 open_id，请在名册文件中修改后重启。`,
      };
    if (!current) return { text: `没有账号 ${openId} 的绑定记录，没有做任何改动。` };
    if (current.status === "refused") return { text: `账号 ${openId} 已经是拒绝状态。` };
    await col.put({
      ...current,
      status: "refused",
      at: ctx.services.clock.now().toISOString(),
      by: ctx.person.id,
    });
    const name = ctx.services.org.people.find((p) => p.id === current.personId)?.name ?? current.personId;
    ctx.services.log.info("identity: account refused by an admin", {
      openId,
      person: current.personId,
      by: ctx.person.id,
    });
    return { text: `已拒绝：飞书账号 ${openId} 不能以 ${name} 的身份使用总结助手。` };
  },
};

export const bindingCommands: Command[] = [list, bind, refuse];
