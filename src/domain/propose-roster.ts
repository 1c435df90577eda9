import { findSection, type Org, type Person, type Role } from "./org.js";

/**
 * Roster sync, the pure part: the unit's contact directory (departments and their members, as
 * read from Feishu) plus the administrator's department → section mapping give a proposed
 * roster. Nothing here reads or writes anything; roster-cli.ts shows the change and writes it.
 *
 * Rules, chosen so a sync never loses what an administrator typed by hand:
 * - a department maps to a section (id, name or alias), to `@leader` / `@admin` (people there
 *   become 局领导 / 办公室 with no section of their own), or to `-` (left out); sub-departments
 *   inherit the nearest mapped ancestor, so mapping 「科普宣传科」 covers its 小组 too;
 * - a directory member matches a roster person by open_id, user_id, email, mobile, then a unique
 *   name with no Feishu identity yet (flagged in the change list: a name alone is only a
 *   proposal the admin confirms); the match keeps its id, role and title, gains the
 *   directory's ids, and gains (never loses) the sections of its mapped departments;
 * - members of unmapped departments are not added; they are counted per department;
 * - roster people the directory does not have are kept, and listed.
 */
export interface DirectoryDepartment {
  id: string;
  name: string;
  parentId: string;
  /** 「局机关/科普宣传科/青少年组」: names from the top, for the admin to read and to map. */
  path: string;
}

export interface DirectoryUser {
  openId: string;
  userId?: string;
  name: string;
  email?: string;
  mobile?: string;
  jobTitle?: string;
  departmentIds: string[];
}

export interface Directory {
  departments: DirectoryDepartment[];
  users: DirectoryUser[];
}

/** Members directly under the root department (id "0"), which has no name of its own. */
export const ROOT_LABEL = "（未分部门的直属人员）";

export type MappingTarget = { section: string } | { role: "leader" | "admin" } | { skip: true };

export interface RosterProposal {
  org: Org;
  added: Person[];
  /** Roster people whose Feishu ids or sections change: before and after. */
  changed: Array<{ before: Person; after: Person; reasons: string[] }>;
  /** Roster people the directory does not list (kept as they are). */
  notInDirectory: Person[];
  /** Departments with members but no mapping (theirs or an ancestor's), with their member count. */
  unmapped: Array<{ department: DirectoryDepartment; members: number }>;
  /** Mapping keys that name no department, and targets that name no section. */
  mappingProblems: string[];
}

/** Resolve the admin's mapping (keys: department path, name or id; values: section or @role or -). */
export function resolveMapping(
  org: Org,
  dir: Directory,
  mapping: Record<string, string>,
): { byDepartment: Map<string, MappingTarget>; problems: string[] } {
  const byDepartment = new Map<string, MappingTarget>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(mapping)) {
    const k = key.trim();
    const depts = dir.departments.filter((d) => d.id === k || d.path === k);
    const named = depts.length > 0 ? depts : dir.departments.filter((d) => d.name === k);
    if (named.length === 0) {
      problems.push(`映射「${k}」：飞书通讯录中没有这个部门`);
      continue;
    }
    if (named.length > 1) {
      problems.push(
        `映射「${k}」：有 ${named.length} 个同名部门（${named.map((d) => d.path).join("、")}），请写完整路径`,
      );
      continue;
    }
    const target = parseTarget(org, value.trim());
    if (!target) {
      problems.push(
        `映射「${k}=${value}」：名册中没有这个科室（可写科室 id、名称或简称，或 @leader / @admin / -）`,
      );
      continue;
    }
    byDepartment.set(named[0]!.id, target);
  }
  return { byDepartment, problems };
}

function parseTarget(org: Org, v: string): MappingTarget | undefined {
  if (v === "-") return { skip: true };
  if (v === "@leader" || v === "@admin") return { role: v.slice(1) as "leader" | "admin" };
  const s = findSection(org, v);
  return s ? { section: s.id } : undefined;
}

/** The mapping that applies to a department: its own, else the nearest mapped ancestor's. */
function targetOf(
  id: string,
  byId: Map<string, DirectoryDepartment>,
  map: Map<string, MappingTarget>,
): MappingTarget | undefined {
  const seen = new Set<string>();
  for (let cur = byId.get(id); cur && !seen.has(cur.id); cur = byId.get(cur.parentId)) {
    seen.add(cur.id);
    const t = map.get(cur.id);
    if (t) return t;
  }
  return undefined;
}

const norm = {
  email: (e?: string) => (e ?? "").trim().toLowerCase(),
  mobile: (m?: string) => {
    const d = (m ?? "").replace(/\D/g, "");
    return d.length > 11 && d.startsWith("86") ? d.slice(2) : d;
  },
};

function findMatch(
  people: Person[],
  u: DirectoryUser,
  used: Set<string>,
): { person: Person; byName: boolean } | undefined {
  const free = people.filter((p) => !used.has(p.id));
  const byId =
    free.find((p) => p.feishu.open_id === u.openId) ??
    (u.userId ? free.find((p) => p.feishu.user_id === u.userId) : undefined) ??
    (u.email ? free.find((p) => norm.email(p.feishu.email) === norm.email(u.email)) : undefined) ??
    (u.mobile ? free.find((p) => norm.mobile(p.feishu.mobile) === norm.mobile(u.mobile)) : undefined);
  if (byId) return { person: byId, byName: false };
  // A name alone is only a proposal: the change list says so, and the admin confirms it.
  const named = uniqueUnbound(free, u.name);
  return named ? { person: named, byName: true } : undefined;
}

function uniqueUnbound(people: Person[], name: string): Person | undefined {
  const same = people.filter((p) => p.name === name.trim());
  const only = same.length === 1 ? same[0] : undefined;
  return only && !only.feishu.open_id && !only.feishu.user_id ? only : undefined;
}

/** A roster id for a new person: their user_id when it fits, else their open_id. */
function newId(u: DirectoryUser, taken: Set<string>): string {
  const base =
    u.userId && /^[A-Za-z0-9_.-]+$/.test(u.userId) ? u.userId : u.openId.replace(/[^A-Za-z0-9_.-]/g, "_");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function proposeRoster(org: Org, dir: Directory, mapping: Record<string, string>): RosterProposal {
  const { byDepartment, problems } = resolveMapping(org, dir, mapping);
  const deptById = new Map(dir.departments.map((d) => [d.id, d]));
  const people = org.people.map((p) => ({ ...p, sections: [...p.sections], feishu: { ...p.feishu } }));
  const used = new Set<string>();
  const ids = new Set(people.map((p) => p.id));
  const added: Person[] = [];
  const changed: RosterProposal["changed"] = [];
  const unmappedCount = new Map<string, number>();

  for (const u of dir.users) {
    const targets = u.departmentIds.map((id) => ({ id, t: targetOf(id, deptById, byDepartment) }));
    const sections = [...new Set(targets.flatMap(({ t }) => (t && "section" in t ? [t.section] : [])))];
    const role: Role | undefined = targets.some(({ t }) => t && "role" in t && t.role === "admin")
      ? "admin"
      : targets.some(({ t }) => t && "role" in t && t.role === "leader")
        ? "leader"
        : undefined;
    const skipped = targets.length > 0 && targets.every(({ t }) => t && "skip" in t);
    const found = findMatch(people, u, used);
    if (found) {
      const match = found.person;
      used.add(match.id);
      const before = org.people.find((p) => p.id === match.id)!;
      const reasons = mergeInto(match, u, sections);
      if (found.byName && reasons.length > 0) reasons.push("仅按姓名对应，请核对是否同一人");
      if (reasons.length > 0) changed.push({ before, after: match, reasons });
      continue;
    }
    if (skipped) continue;
    if (sections.length === 0 && !role) {
      for (const { id } of targets) unmappedCount.set(id, (unmappedCount.get(id) ?? 0) + 1);
      continue;
    }
    const person: Person = {
      id: newId(u, ids),
      name: u.name.trim(),
      role: role ?? "staff",
      ...(u.jobTitle ? { title: u.jobTitle } : {}),
      sections: role ? [] : sections,
      feishu: feishuIds(u),
    };
    people.push(person);
    added.push(person);
  }

  return {
    org: { ...org, people },
    added,
    changed,
    notInDirectory: org.people.filter((p) => !used.has(p.id)),
    unmapped: [...unmappedCount].map(([id, members]) => ({
      department: deptById.get(id) ?? { id, name: ROOT_LABEL, parentId: "", path: ROOT_LABEL },
      members,
    })),
    mappingProblems: problems,
  };
}

function feishuIds(u: DirectoryUser): Person["feishu"] {
  return {
    open_id: u.openId,
    ...(u.userId ? { user_id: u.userId } : {}),
    ...(u.email ? { email: u.email } : {}),
    ...(u.mobile ? { mobile: u.mobile } : {}),
  };
}

/** Fill in the directory's ids and add mapped sections; returns what changed, in words. */
function mergeInto(p: Person, u: DirectoryUser, sections: string[]): string[] {
  const reasons: string[] = [];
  const ids = feishuIds(u);
  for (const key of ["open_id", "user_id"] as const) {
    const v = ids[key];
    if (v && p.feishu[key] !== v) {
      reasons.push(`${key} ${p.feishu[key] ?? "（空）"} → ${v}`);
      p.feishu[key] = v;
    }
  }
  if (p.role === "staff") {
    const extra = sections.filter((s) => !p.sections.includes(s));
    if (extra.length > 0) {
      p.sections.push(...extra);
      reasons.push(`科室 +${extra.join("、")}`);
    }
  }
  return reasons;
}
