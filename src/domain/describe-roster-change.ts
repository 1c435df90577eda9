import { type Org, type Person, sectionName } from "./org.js";
import type { RosterProposal } from "./propose-roster.js";

/**
 * The proposal as an administrator reads it before saying yes: who is added (name, section,
 * which Feishu department), whose ids or sections change (before → after), who is kept although
 * Feishu no longer lists them, which departments are not mapped yet, and mapping mistakes.
 */
export function describeRosterChange(
  p: RosterProposal,
  opts: { file: string; departmentsOf?: (person: Person) => string[]; limit?: number },
): { lines: string[]; hasChanges: boolean } {
  const org = p.org;
  const limit = opts.limit ?? 500;
  const lines: string[] = [];
  const place = (person: Person) => placeOf(org, person);
  const where = (person: Person) => {
    const d = opts.departmentsOf?.(person) ?? [];
    return d.length > 0 ? `  ← 飞书部门：${d.join("；")}` : "";
  };
  const hasChanges = p.added.length > 0 || p.changed.length > 0;

  lines.push(
    `名册 ${opts.file}：新增 ${p.added.length} 人，更新 ${p.changed.length} 人，飞书中未找到 ${p.notInDirectory.length} 人（保留）`,
  );
  if (p.mappingProblems.length > 0) {
    lines.push(
      "",
      `部门映射有误（${p.mappingProblems.length} 处）：`,
      ...p.mappingProblems.map((m) => `  ! ${m}`),
    );
  }
  if (p.added.length > 0) {
    lines.push("", `新增（${p.added.length} 人）：`);
    for (const person of p.added.slice(0, limit))
      lines.push(
        `  + ${person.name}（${place(person)}）open_id ${person.feishu.open_id ?? ""}${where(person)}`,
      );
    if (p.added.length > limit) lines.push(`  …另有 ${p.added.length - limit} 人`);
  }
  if (p.changed.length > 0) {
    lines.push("", `更新（${p.changed.length} 人）：`);
    for (const c of p.changed.slice(0, limit))
      lines.push(`  ~ ${c.after.name}（${c.after.id}）：${c.reasons.join("；")}`);
    if (p.changed.length > limit) lines.push(`  …另有 ${p.changed.length - limit} 人`);
  }
  if (p.notInDirectory.length > 0) {
    lines.push("", `飞书通讯录中未找到（${p.notInDirectory.length} 人，保留不动；如已调离请手工删除）：`);
    for (const person of p.notInDirectory.slice(0, limit))
      lines.push(`  ? ${person.name}（${place(person)}）`);
  }
  if (p.unmapped.length > 0) {
    const total = p.unmapped.reduce((n, u) => n + u.members, 0);
    lines.push("", `未映射到科室的部门（${p.unmapped.length} 个，共 ${total} 人未加入）：`);
    for (const u of [...p.unmapped].sort((a, b) => a.department.path.localeCompare(b.department.path)))
      lines.push(`  · ${u.department.path}（${u.members} 人）`);
    lines.push(
      '  用 --map "部门名=科室" 或映射文件指定；「=@leader」局领导、「=@admin」办公室、「=-」不加入。',
    );
  }
  if (!hasChanges) lines.push("", "名册无需改动。");
  return { lines, hasChanges };
}

function placeOf(org: Org, p: Person): string {
  if (p.role === "leader") return `局领导${p.title ? `·${p.title}` : ""}`;
  const sections = p.sections.map((s) => sectionName(org, s)).join("、");
  if (p.role === "admin") return `办公室${sections ? `·${sections}` : ""}`;
  return sections || "无科室";
}
