import type { Binding } from "../domain/binding.js";
import type { Org, Person } from "../domain/org.js";
import { cardReply } from "./render-update.js";
import type { CardButton, Reply } from "./types.js";

/**
 * What the roster admins are shown about accounts the bot would not bind on its own: a
 * display-name claim, a second account for one person, bindings earlier versions made by name.
 * Each comes with 「绑定」/「拒绝」 buttons standing for the admin-only commands in
 * commands/binding.ts (which name the account, so a click and a typed command are the same).
 */
const who = (p: Person) =>
  `${p.name}（${p.title ?? { staff: "科员", leader: "局领导", admin: "管理员" }[p.role]}）`;

export function decisionButtons(openId: string): CardButton[] {
  return [
    { label: "绑定", command: `绑定 ${openId}`, style: "primary" },
    { label: "拒绝", command: `拒绝绑定 ${openId}`, style: "danger" },
  ];
}

export function bindingRequestCard(b: Binding, person: Person, other?: string): Reply {
  const account = `飞书用户「${b.name ?? "（未知姓名）"}」（${b.detail ?? b.id}）`;
  const why =
    b.reason === "second-account"
      ? `${account}的身份信息与名册中的 ${who(person)} 相符，但 ${person.name} 已经绑定了另一个飞书账号（${other ?? "已有账号"}）。一个名册成员默认只绑定一个账号。`
      : `${account}自称 ${who(person)}，但名册为 ${person.name} 登记的身份（open_id / 工号 / 邮箱 / 手机）与这个账号不符，所以没有自动绑定。`;
  return cardReply({
    title: "身份绑定待确认",
    template: "orange",
    blocks: [why, `是否把这个飞书账号绑定为 ${person.name}？确认前该账号不能使用总结助手。`],
    buttons: decisionButtons(b.id),
    note: `也可以发送「绑定 ${b.id}」或「拒绝绑定 ${b.id}」；「绑定申请」查看全部待处理。`,
  });
}

export function legacyBindingsCard(list: Binding[], org: Org): Reply {
  const lines = list.map((b) => {
    const p = org.people.find((x) => x.id === b.personId);
    const held =
      p && (p.role === "leader" || p.role === "admin") ? "（领导/管理员身份，已暂停使用，待您确认）" : "";
    return `· 飞书用户「${b.name ?? "?"}」（${b.id}）→ ${p ? who(p) : b.personId}${held}`;
  });
  return cardReply({
    title: "请核对按姓名绑定的账号",
    template: "orange",
    blocks: [
      "以下飞书账号是旧版本仅凭显示姓名绑定到名册的（显示姓名任何人都可以改成别人的名字）：",
      lines.join("\n"),
    ],
    note: "逐个发送「绑定 open_id」确认，或「解除绑定 open_id」解除；「绑定申请」查看全部。",
  });
}

/** The list 「绑定申请」 shows. */
export function bindingListText(list: Binding[], org: Org): string {
  const name = (id: string) => org.people.find((p) => p.id === id)?.name ?? id;
  const pending = list.filter((b) => b.status === "pending");
  const legacy = list.filter((b) => b.status === "bound" && b.method === "name-legacy");
  if (pending.length === 0 && legacy.length === 0) return "没有待处理的身份绑定。";
  const out: string[] = [];
  if (pending.length > 0) {
    out.push(`待确认 ${pending.length} 个：`);
    for (const b of pending)
      out.push(
        `· ${b.id}（${b.name ?? "?"}）→ ${name(b.personId)}｜${b.reason === "second-account" ? "第二个账号" : "仅姓名相同"}｜「绑定 ${b.id}」或「拒绝绑定 ${b.id}」`,
      );
  }
  if (legacy.length > 0) {
    out.push(`旧版本按姓名绑定、待核对 ${legacy.length} 个：`);
    for (const b of legacy)
      out.push(
        `· ${b.id}（${b.name ?? "?"}）→ ${name(b.personId)}｜「绑定 ${b.id}」确认或「解除绑定 ${b.id}」`,
      );
  }
  return out.join("\n");
}
