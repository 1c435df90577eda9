import { z } from "zod";
import { AppError } from "../errors.js";

/** The roster: who works where. Loaded from ORG_FILE, validated here, never written by the bot. */
export const SectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "section id: lower-case letters, digits and -"),
  name: z.string().min(1),
  /** Other names staff use for it ("科普", "特派员"), and words that hint at it in a message. */
  aliases: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
});

export const RoleSchema = z.enum(["staff", "leader", "admin"]);

export const PersonSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, "person id: letters, digits, _ . -"),
  name: z.string().min(1),
  role: RoleSchema,
  title: z.string().optional(),
  sections: z.array(z.string()).default([]),
  /** Identities on Feishu, any of which binds a sender to this person. */
  feishu: z
    .object({
      open_id: z.string().optional(),
      user_id: z.string().optional(),
      union_id: z.string().optional(),
      email: z.string().optional(),
      mobile: z.string().optional(),
    })
    .default({}),
});

export const OrgSchema = z.object({
  unit: z.string().min(1),
  /** The unit's leading bodies for the opening formula, e.g. 县委、县政府. */
  superiors: z.string().default("县委、县政府"),
  sections: z.array(SectionSchema).min(1),
  people: z.array(PersonSchema).min(1),
  /** Text shown to unknown senders: who to ask to be added. */
  contact: z.string().default("请联系办公室管理员把您加入名册"),
});

export type Section = z.infer<typeof SectionSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Org = z.infer<typeof OrgSchema>;

/** Parse and cross-check a roster; throws AppError(ORG_INVALID) listing every problem found. */
export function parseOrg(raw: unknown, source = "org"): Org {
  const parsed = OrgSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new AppError("ORG_INVALID", `名册 ${source} 格式有误:\n  ${lines.join("\n  ")}`);
  }
  const org = parsed.data;
  const problems: string[] = [];
  const sectionIds = new Set<string>();
  for (const s of org.sections) {
    if (sectionIds.has(s.id)) problems.push(`duplicate section id "${s.id}"`);
    sectionIds.add(s.id);
  }
  const personIds = new Set<string>();
  for (const p of org.people) {
    if (personIds.has(p.id)) problems.push(`duplicate person id "${p.id}"`);
    personIds.add(p.id);
    for (const s of p.sections) {
      if (!sectionIds.has(s)) problems.push(`${p.id} (${p.name}): unknown section "${s}"`);
    }
    if (p.role === "staff" && p.sections.length === 0) {
      problems.push(`${p.id} (${p.name}): a staff member must belong to at least one section`);
    }
  }
  if (problems.length > 0) {
    throw new AppError("ORG_INVALID", `名册 ${source} 有误:\n  ${problems.join("\n  ")}`, {
      hint: "fix the roster file named by ORG_FILE (see data/org.example.json)",
    });
  }
  return org;
}

export function isLeader(p: Person): boolean {
  return p.role === "leader" || p.role === "admin";
}

export function findPerson(org: Org, idOrName: string): Person | undefined {
  const q = idOrName.trim();
  return org.people.find((p) => p.id === q) ?? org.people.find((p) => p.name === q);
}

export function findSection(org: Org, idOrName: string): Section | undefined {
  const q = idOrName.trim();
  return (
    org.sections.find((s) => s.id === q || s.name === q) ??
    org.sections.find((s) => s.aliases.includes(q)) ??
    org.sections.find((s) => q.length >= 2 && (s.name.includes(q) || s.aliases.some((a) => a.includes(q))))
  );
}

/** Sections a person reports for: their own ones; leaders and admins may report for any. */
export function reportableSections(org: Org, p: Person): Section[] {
  if (p.sections.length > 0) return org.sections.filter((s) => p.sections.includes(s.id));
  return isLeader(p) ? org.sections : [];
}

export function sectionName(org: Org, id: string): string {
  return org.sections.find((s) => s.id === id)?.name ?? id;
}
