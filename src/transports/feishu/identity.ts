import { z } from "zod";
import type { Org, Person } from "../../domain/org.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Collection, Store } from "../../store/types.js";
import type { ContactUser, FeishuApi } from "./api.js";

/**
 * Sender open_id → roster person. Order: a stored binding; a roster entry with that open_id;
 * then one contact-API lookup (user_id / email / mobile, then an exact and unique name) whose
 * match is stored as a binding so it is never looked up again. A contact-API failure leaves the
 * sender unknown for this message only — nothing is bound on a guess.
 */
export interface IdentityResolver {
  resolve(openId: string): Promise<{ person?: Person; name?: string }>;
  /** The open_id we know for a roster person (roster, or learnt from a message), if any. */
  openIdOf(personId: string): string | undefined;
}

const KnownUserSchema = z.object({
  id: z.string(),
  openId: z.string(),
  name: z.string().optional(),
  boundAt: z.string(),
});
export type KnownUser = z.infer<typeof KnownUserSchema>;

/** Collection of people bound through the contact API: person id → open_id (reverse of the binding). */
export const KNOWN_USERS_COLLECTION = "feishu-users";

/** How long an unmatched sender's contact lookup is reused before asking again. */
const UNKNOWN_TTL_MS = 10 * 60 * 1000;

export interface IdentityDeps {
  org: Org;
  store: Pick<Store, "getBinding" | "setBinding" | "collection">;
  api: Pick<FeishuApi, "getUser">;
  log: Logger;
  now?: () => number;
}

export const normalizeMobile = (m: string | undefined) => {
  const digits = (m ?? "").replace(/\D/g, "");
  return digits.length > 11 && digits.startsWith("86") ? digits.slice(2) : digits;
};
const normalizeEmail = (e: string | undefined) => (e ?? "").trim().toLowerCase();

/** Match a contact-API user against the roster; undefined when nothing matches unambiguously. */
export function matchRoster(org: Org, u: ContactUser, taken: (p: Person) => boolean): Person | undefined {
  const people = org.people;
  const byId = u.userId ? people.find((p) => p.feishu.user_id === u.userId) : undefined;
  if (byId) return byId;
  const emails = [u.email, u.enterpriseEmail].map(normalizeEmail).filter(Boolean);
  const byEmail = emails.length
    ? people.find((p) => emails.includes(normalizeEmail(p.feishu.email)))
    : undefined;
  if (byEmail) return byEmail;
  const mobile = normalizeMobile(u.mobile);
  const byMobile = mobile ? people.find((p) => normalizeMobile(p.feishu.mobile) === mobile) : undefined;
  if (byMobile) return byMobile;
  const name = u.name?.trim();
  if (!name) return undefined;
  const named = people.filter((p) => p.name === name);
  const only = named.length === 1 ? named[0] : undefined;
  // A name alone must not take over someone whose Feishu identity is already known.
  if (!only || only.feishu.open_id || taken(only)) return undefined;
  return only;
}

export function createIdentityResolver(deps: IdentityDeps): IdentityResolver {
  const { org, store, api, log } = deps;
  const now = deps.now ?? Date.now;
  const unknown = new Map<string, { name?: string; until: number }>();
  let known: Collection<KnownUser> | undefined;
  const knownReady = store.collection(KNOWN_USERS_COLLECTION, KnownUserSchema).then(
    (c) => {
      known = c;
    },
    (e) => log.warn("feishu: cannot open the known-users collection", { error: errorMessage(e) }),
  );
  const byId = (id: string) => org.people.find((p) => p.id === id);

  async function resolve(openId: string): Promise<{ person?: Person; name?: string }> {
    await knownReady;
    const bound = store.getBinding(openId);
    const boundPerson = bound ? byId(bound) : undefined;
    if (boundPerson) return { person: boundPerson, name: boundPerson.name };
    const rostered = org.people.find((p) => p.feishu.open_id === openId);
    if (rostered) return { person: rostered, name: rostered.name };

    const cached = unknown.get(openId);
    if (cached && cached.until > now()) return { name: cached.name };

    let user: ContactUser | undefined;
    try {
      user = await api.getUser(openId);
    } catch (e) {
      log.warn("feishu: contact lookup failed; sender treated as unknown for now", {
        openId,
        error: errorMessage(e),
      });
      return {};
    }
    const taken = (p: Person) => {
      const k = known?.get(p.id);
      return !!k && k.openId !== openId;
    };
    const person = user ? matchRoster(org, user, taken) : undefined;
    if (!person) {
      unknown.set(openId, { name: user?.name, until: now() + UNKNOWN_TTL_MS });
      log.info("feishu: sender not in the roster", { openId, name: user?.name });
      return { name: user?.name };
    }
    await store.setBinding(openId, person.id);
    await known?.put({ id: person.id, openId, name: user?.name, boundAt: new Date(now()).toISOString() });
    log.info("feishu: bound sender to roster person", { openId, person: person.id });
    return { person, name: person.name };
  }

  function openIdOf(personId: string): string | undefined {
    const p = byId(personId);
    return p?.feishu.open_id ?? known?.get(personId)?.openId;
  }

  return { resolve, openIdOf };
}
