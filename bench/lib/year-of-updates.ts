import type { Org } from "../../src/domain/org.js";
import type { Update } from "../../src/domain/update.js";
import { makeRecord } from "./seed.js";

type OrgModule = typeof import("../../src/domain/org.js");

/** Sections of the bench bureau: the ten a county 科技局 reports under. */
export const SECTIONS = 10;

/**
 * The bureau the drafting and review-card benches draft for: ten named sections, one leader, 50 staff (each in one
 * section). parseOrg is passed in so a bench without the src tree skips instead of failing to import.
 */
export function benchOrg(parseOrg: OrgModule["parseOrg"]): Org {
  const names = [
    "科技项目与研发投入",
    "成果转化与知识产权",
    "科普宣传与培训",
    "科技特派员与乡村振兴",
    "高新技术企业与创新平台",
    "科技人才与创新环境",
    "党建与作风建设",
    "综合管理与安全生产",
    "科技金融与招商引资",
    "创新载体与园区建设",
  ];
  return parseOrg({
    unit: "示例县科学技术局",
    sections: names.map((name, i) => ({ id: `s${i + 1}`, name })),
    people: [
      { id: "leader-1", name: "周建国", role: "leader", title: "局长" },
      ...Array.from({ length: 50 }, (_, i) => ({
        id: `staff-${i}`,
        name: `员工${i}`,
        role: "staff",
        sections: [`s${(i % SECTIONS) + 1}`],
      })),
    ],
  });
}

/** `count` confirmed updates spread over 2025 and the ten sections. */
export function yearOfUpdates(org: Org, count: number): Update[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2025, 0, 1 + Math.floor((i * 330) / count))).toISOString().slice(0, 10);
    const u = makeRecord({
      id: `y-${count}-${i}`,
      author: `staff-${i % 50}`,
      seq: Math.floor(i / 50) + 1,
      date,
      i,
    });
    return { ...u, section: org.sections[i % SECTIONS]!.id };
  });
}
