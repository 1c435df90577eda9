import { z } from "zod";
import type { Org, Person } from "./org.js";

/**
 * Who a chat account is: one record per external account (Feishu open_id), kept in the store
 * collection "identity-bindings". Rules that must stay true:
 * - an account is bound only on an identifier the platform vouches for (open_id, user_id,
 *   union_id, email, mobile matching the roster) or by an admin's decision — never on a display
 *   name alone: a name-only match waits for an admin ("pending");
 * - a roster person has at most one bound account unless an admin binds another;
 * - bindings made by name by earlier versions are marked "name-legacy", listed with a warning
 *   at every start, and for leaders and admins suspended until an admin confirms them.
 */
export const BINDINGS_COLLECTION = "identity-bindings";

export const BindingMethodSchema = z.enum([
  "open_id",
  "user_id",
  "union_id",
  "email",
  "mobile",
  "admin",
  "name-legacy",
]);
export type BindingMethod = z.infer<typeof BindingMethodSchema>;

export const BindingSchema = z.object({
  /** The external account id (Feishu open_id). */
  id: z.string().min(1),
  personId: z.string().min(1),
  /** bound; pending (an admin decides); refused (an admin said no, or removed the binding). */
  status: z.enum(["bound", "pending", "refused"]),
  /** How a bound account was bound. */
  method: BindingMethodSchema.optional(),
  /** Why a pending one waits: a name-only match, or the person already has another account. */
  reason: z.enum(["name", "second-account", "name-legacy"]).optional(),
  /** The account's display name, as the platform gave it. */
  name: z.string().optional(),
  /** What else the platform said about the account (email, mobile), for the admin. */
  detail: z.string().optional(),
  at: z.string(),
  /** The admin who decided. */
  by: z.string().optional(),
});
export type Binding = z.infer<typeof BindingSchema>;

/** Roster admins; a roster without any falls back to its leaders. */
export function bindingAdmins(org: Org): Person[] {
  const admins = org.people.filter((p) => p.role === "admin");
  return admins.length > 0 ? admins : org.people.filter((p) => p.role === "leader");
}

export function mayDecideBindings(org: Org, p: Person): boolean {
  return bindingAdmins(org).some((a) => a.id === p.id);
}

/** High-privilege roles whose name-only bindings are suspended until an admin confirms. */
export function isPrivileged(p: Person): boolean {
  return p.role === "leader" || p.role === "admin";
}

/** True when the roster names any identifier for this person (not just a name). */
export function hasRosterIdentifier(p: Person): boolean {
  const f = p.feishu;
  return !!(f.open_id || f.user_id || f.union_id || f.email || f.mobile);
}
