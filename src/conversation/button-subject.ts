import { isLeader, type Person } from "../domain/org.js";
import type { ButtonSubject } from "./button-subject-schema.js";
import type { Services } from "./types.js";

/** What a card button acts on: see button-subject-schema.ts (the transports check it on receipt). */
export { type ButtonSubject, ButtonSubjectSchema } from "./button-subject-schema.js";

/** What the store says about a subject now; undefined when it no longer exists. */
export interface SubjectState {
  /** Person id allowed to act (store's word; wins over the card's). */
  owner?: string;
  /** Current version. */
  version?: number;
  /** How to name it in a refusal, e.g. 「2025年总结草稿」. */
  label?: string;
  /** What to do instead when the card is stale, e.g. 「发送「查看草稿」获取最新卡片」. */
  latestHint?: string;
}

export type SubjectLookup = (services: Services, id: string) => Promise<SubjectState | undefined>;

const LOOKUPS_KEY = "subjectLookups";

function lookups(services: Services): Record<string, SubjectLookup> {
  const existing = services.features[LOOKUPS_KEY] as Record<string, SubjectLookup> | undefined;
  if (existing) return existing;
  const made: Record<string, SubjectLookup> = { ...BUILT_IN };
  services.features[LOOKUPS_KEY] = made;
  return made;
}

/** Let the engine check buttons whose subject is of `kind` (called by features at install). */
export function registerSubjectKind(services: Services, kind: string, lookup: SubjectLookup): void {
  lookups(services)[kind] = lookup;
}

const BUILT_IN: Record<string, SubjectLookup> = {
  update: async (services, id) => {
    const u = await services.store.getUpdate(id);
    return u ? { owner: u.author, label: `第 ${u.seq} 条填报` } : undefined;
  },
  person: async (services, id) =>
    services.org.people.some((p) => p.id === id) ? { owner: id, label: "卡片" } : undefined,
};

const nothingChanged = "没有做任何改动";

/**
 * Check a clicked button's subject against the clicker. Returns the refusal to send, or
 * undefined when the click may proceed.
 */
export async function checkSubject(
  services: Services,
  person: Person,
  subject: ButtonSubject,
): Promise<string | undefined> {
  if (subject.leadersOnly && !isLeader(person))
    return `这个按钮仅限局领导和办公室使用，${nothingChanged}。发送「帮助」查看您可以使用的功能。`;
  const lookup = lookups(services)[subject.kind];
  if (!lookup) return `这个按钮已失效，${nothingChanged}。请直接发送文字命令（发送「帮助」查看）。`;
  const state = await lookup(services, subject.id);
  if (!state) return `这张卡片对应的内容已不存在，${nothingChanged}。`;
  const owner = state.owner ?? subject.owner;
  if ((owner && owner !== person.id) || (subject.owner && state.owner && subject.owner !== state.owner)) {
    const name = services.org.people.find((p) => p.id === owner)?.name ?? "其他同事";
    return `这是${name}的${state.label ?? "卡片"}，只有${name}本人可以操作，${nothingChanged}。发送「我的填报」查看您自己的填报。`;
  }
  if (subject.version !== undefined && state.version !== undefined && subject.version !== state.version) {
    const what = state.label ?? "内容";
    return `这张卡片已过期：卡片上是 v${subject.version}，${what}现在是 v${state.version}，${nothingChanged}。${state.latestHint ?? "请使用最新的卡片。"}`;
  }
  return undefined;
}
