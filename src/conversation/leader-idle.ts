import type { Person } from "../domain/org.js";
import type { DialogueState } from "./state.js";

/** What a leader can do here, said when they send a bare 「1」 or 「好」 with nothing waiting (round fifty-three). */
export const LEADER_CAN = "查看填报情况请发「进度」，起草请发「生成总结」，审阅请发「查看草稿」。";

/**
 * A leader (not the admin, who reports work) with nothing waiting: a bare 「1」 or 「好」 answers no question, and leaders
 * seldom report — so never 「这条要记为工作填报吗？」 (whose 「好」 then stored 「1」): what they can do, in a line.
 */
export function leaderIdle(person: Person, state: DialogueState): boolean {
  return person.role === "leader" && state.mode === "idle";
}

/** The reply to a leader's bare number with nothing waiting and no draft of that number. */
export function leaderBareNumber(n: number): string {
  return `「${n}」指的是什么？现在没有等您回复的问题。${LEADER_CAN}`;
}
