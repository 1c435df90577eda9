import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A bureau of `staff` people (each in one section, each with a Feishu open_id) and two leaders,
 * written as an ORG_FILE. One section per person means a message goes straight to "confirm?"
 * without the section question — the common path.
 */
export const BENCH_SECTIONS = ["rd", "transfer", "popsci", "envoy", "hitech", "talent", "party", "office"];

export function writeBenchOrg(dir: string, staff = 50): string {
  const sections = BENCH_SECTIONS.map((id) => ({ id, name: `${id}科`, aliases: [], keywords: [] }));
  const people = [
    {
      id: "leader-1",
      name: "周建国",
      role: "leader",
      title: "局长",
      sections: [],
      feishu: { open_id: "ou_leader_1" },
    },
    {
      id: "leader-2",
      name: "林晓梅",
      role: "leader",
      title: "副局长",
      sections: [],
      feishu: { open_id: "ou_leader_2" },
    },
    ...Array.from({ length: staff }, (_, i) => ({
      id: `staff-${i}`,
      name: `员工${i}`,
      role: "staff",
      sections: [BENCH_SECTIONS[i % BENCH_SECTIONS.length]],
      feishu: { open_id: `ou_staff_${i}` },
    })),
  ];
  const file = join(dir, "org.bench.json");
  writeFileSync(
    file,
    JSON.stringify({
      unit: "示例县科学技术局",
      superiors: "县委、县政府",
      contact: "请联系办公室",
      sections,
      people,
    }),
  );
  return file;
}

/** A staff message like the ones the bureau's people send. */
export function staffMessage(i: number): string {
  const n = 100 + ((i * 37) % 900);
  return `本周举办科技活动周第${(i % 9) + 1}场，${n}名群众参与，发放资料${(i % 5) + 1}.${i % 10}万份。`;
}
