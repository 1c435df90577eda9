import type { BindingMethod } from "../../domain/binding.js";
import type { Org, Person } from "../../domain/org.js";
import type { ContactUser } from "./api.js";

/**
 * What the contact API says about an account, matched against the roster. Identifiers the
 * platform vouches for (user_id, union_id, email, mobile) make an `identifier` match; a display
 * name — which anyone can set to anyone's — only ever makes a `name` match, which is a claim
 * for an admin to confirm, never a binding.
 */
export type RosterMatch =
  | { kind: "identifier"; person: Person; method: BindingMethod }
  | { kind: "name"; person: Person }
  | undefined;

export const normalizeMobile = (m: string | undefined) => {
  const digits = (m ?? "").replace(/\D/g, "");
  return digits.length > 11 && digits.startsWith("86") ? digits.slice(2) : digits;
};
const normalizeEmail = (e: string | undefined) => (e ?? "").trim().toLowerCase();

export function matchRoster(org: Org, u: ContactUser): RosterMatch {
  const people = org.people;
  const found = (person: Person | undefined, method: BindingMethod): RosterMatch =>
    person ? { kind: "identifier", person, method } : undefined;
  const byUserId = u.userId ? people.find((p) => p.feishu.user_id === u.userId) : undefined;
  const byUnion = u.unionId ? people.find((p) => p.feishu.union_id === u.unionId) : undefined;
  const emails = [u.email, u.enterpriseEmail].map(normalizeEmail).filter(Boolean);
  const byEmail = emails.length
    ? people.find((p) => p.feishu.email && emails.includes(normalizeEmail(p.feishu.email)))
    : undefined;
  const mobile = normalizeMobile(u.mobile);
  const byMobile = mobile ? people.find((p) => normalizeMobile(p.feishu.mobile) === mobile) : undefined;
  const id =
    found(byUserId, "user_id") ??
    found(byUnion, "union_id") ??
    found(byEmail, "email") ??
    found(byMobile, "mobile");
  if (id) return id;
  const name = u.name?.trim();
  if (!name) return undefined;
  const named = people.filter((p) => p.name === name);
  return named.length === 1 && named[0] ? { kind: "name", person: named[0] } : undefined;
}

/** One line about an account for an admin: open_id and what the platform said about it. */
export function describeAccount(u: ContactUser | undefined, openId: string): string {
  const parts = [openId];
  const email = u?.email || u?.enterpriseEmail;
  if (email) parts.push(`邮箱 ${email}`);
  if (u?.mobile) parts.push(`手机 ${u.mobile}`);
  return parts.join("，");
}
