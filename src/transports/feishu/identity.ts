import { z } from "zod";
import {
  BINDINGS_COLLECTION,
  type Binding,
  BindingSchema,
  bindingAdmins,
  hasRosterIdentifier,
  isPrivileged,
} from "../../domain/binding.js";
import type { Org, Person } from "../../domain/org.js";
import type { Reply } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Collection, Store } from "../../store/types.js";
import type { ContactUser, FeishuApi } from "./api.js";
import { bindingRequestCard, legacyBindingsCard } from "../../conversation/binding-cards.js";
import { describeAccount, matchRoster } from "./match-roster.js";

export { matchRoster, normalizeMobile } from "./match-roster.js";

/**
 * Sender open_id → roster person. Order: the account's binding record; the roster's open_id;
 * then one contact-API lookup. Only an identifier the platform vouches for (user_id, union_id,
 * email, mobile) binds, and only when the person has no other account; a display-name match,
 * or a second account, becomes a request the roster admins confirm (「绑定」/「拒绝」) and the
 * sender is told so. A contact-API failure leaves the sender unknown for this message only —
 * nothing is ever bound on a guess. See domain/binding.ts for the rules.
 */
export interface Resolved {
  person?: Person;
  /** The account's display name, for the "who are you" reply. */
  name?: string;
  /** Why an identified-by-name sender is not let in yet. */
  waiting?: "pending" | "refused";
}

export interface IdentityResolver {
  resolve(openId: string): Promise<Resolved>;
  /** The open_id we know for a roster person (roster, or a binding), if any. */
  openIdOf(personId: string): Promise<string | undefined>;
  /**
   * Record the bindings earlier versions made (some by display name alone), and warn about
   * every binding that rests on a name only. Returns those. Run at start.
   */
  auditBindings(): Promise<Binding[]>;
}

/** Earlier versions' record of contact-API bindings: person id → open_id. Read for the audit. */
const KnownUserSchema = z.object({
  id: z.string(),
  openId: z.string(),
  name: z.string().optional(),
  boundAt: z.string(),
});
export const KNOWN_USERS_COLLECTION = "feishu-users";

/** How long a contact lookup's outcome (unknown, or waiting for an admin) is reused. */
const RECHECK_MS = 10 * 60 * 1000;

export interface IdentityDeps {
  org: Org;
  /** `withLock`, when given, keeps replicas starting together from auditing (and asking the admins) twice. */
  store: Pick<Store, "getBinding" | "collection"> & Partial<Pick<Store, "withLock">>;
  api: Pick<FeishuApi, "getUser">;
  log: Logger;
  now?: () => number;
  /** Send a card to roster people (the admins); absent in tests that do not need it. */
  notify?: (personIds: string[], reply: Reply) => Promise<void>;
}

export function createIdentityResolver(deps: IdentityDeps): IdentityResolver {
  const { org, store, api, log } = deps;
  const now = deps.now ?? Date.now;
  const recent = new Map<string, { resolved: Resolved; until: number }>();
  let bindings: Collection<Binding> | undefined;
  let known: Collection<z.infer<typeof KnownUserSchema>> | undefined;
  const ready = Promise.all([
    store.collection(BINDINGS_COLLECTION, BindingSchema).then((c) => {
      bindings = c;
    }),
    store.collection(KNOWN_USERS_COLLECTION, KnownUserSchema).then((c) => {
      known = c;
    }),
  ]).catch((e) => log.error("feishu: cannot open the identity bindings", { error: errorMessage(e) }));
  const byId = (id: string) => org.people.find((p) => p.id === id);
  const iso = () => new Date(now()).toISOString();

  async function tellAdmins(reply: Reply): Promise<void> {
    const admins = bindingAdmins(org).map((p) => p.id);
    if (!deps.notify || admins.length === 0) {
      log.warn("feishu: no way to reach the roster admins about an identity question", {});
      return;
    }
    await deps
      .notify(admins, reply)
      .catch((e) =>
        log.warn("feishu: could not tell the admins about an identity question", { error: errorMessage(e) }),
      );
  }

  /** A bound account of `person` other than `openId` (the roster's, or a binding), if any. */
  async function otherAccount(person: Person, openId: string): Promise<string | undefined> {
    if (person.feishu.open_id && person.feishu.open_id !== openId) return person.feishu.open_id;
    const all = (await bindings?.list()) ?? [];
    return all.find((b) => b.personId === person.id && b.status === "bound" && b.id !== openId)?.id;
  }

  /** A bound record → the person, unless a name-only binding of a leader/admin (suspended). */
  function fromRecord(b: Binding): Resolved | undefined {
    const person = byId(b.personId);
    if (!person) return undefined;
    if (b.status === "refused") return { name: b.name, waiting: "refused" };
    if (b.status !== "bound") return undefined;
    if (b.method === "name-legacy" && isPrivileged(person)) return { name: b.name, waiting: "pending" };
    return { person, name: person.name };
  }

  async function ask(
    openId: string,
    person: Person,
    reason: "name" | "second-account",
    user: ContactUser | undefined,
  ): Promise<Resolved> {
    const existing = await bindings?.get(openId);
    const resolved: Resolved = { name: user?.name, waiting: "pending" };
    if (existing?.status === "pending" && existing.personId === person.id) return resolved;
    const record: Binding = {
      id: openId,
      personId: person.id,
      status: "pending",
      reason,
      name: user?.name,
      detail: describeAccount(user, openId),
      at: iso(),
    };
    await bindings?.put(record);
    log.warn("feishu: account not bound automatically; asked the admins", {
      openId,
      person: person.id,
      reason,
    });
    await tellAdmins(bindingRequestCard(record, person, await otherAccount(person, openId)));
    return resolved;
  }

  async function resolve(openId: string): Promise<Resolved> {
    await ready;
    const record = await bindings?.get(openId);
    if (record && record.status !== "pending") {
      const r = fromRecord(record);
      if (r) return r;
    }
    if (!record) {
      // A binding an earlier version made and the audit has not recorded yet: same rules.
      const legacy = await store.getBinding(openId);
      const person = legacy ? byId(legacy) : undefined;
      if (person) {
        return fromRecord({
          id: openId,
          personId: person.id,
          status: "bound",
          method: "name-legacy",
          at: iso(),
        })!;
      }
    }
    const rostered = org.people.find((p) => p.feishu.open_id === openId);
    if (rostered) return { person: rostered, name: rostered.name };

    const cached = recent.get(openId);
    if (cached && cached.until > now()) return cached.resolved;
    const remember = (resolved: Resolved) => {
      recent.set(openId, { resolved, until: now() + RECHECK_MS });
      return resolved;
    };

    let user: ContactUser | undefined;
    try {
      user = await api.getUser(openId);
    } catch (e) {
      log.warn("feishu: contact lookup failed; sender treated as unknown for now", {
        openId,
        error: errorMessage(e),
      });
      return record ? { name: record.name, waiting: "pending" } : {};
    }
    const match = user ? matchRoster(org, user) : undefined;
    if (!match) {
      log.info("feishu: sender not in the roster", { openId, name: user?.name });
      return remember(record ? { name: user?.name, waiting: "pending" } : { name: user?.name });
    }
    if (match.kind === "name") return remember(await ask(openId, match.person, "name", user));
    if (await otherAccount(match.person, openId))
      return remember(await ask(openId, match.person, "second-account", user));
    await bindings?.put({
      id: openId,
      personId: match.person.id,
      status: "bound",
      method: match.method,
      name: user?.name,
      at: iso(),
    });
    log.info("feishu: bound sender to roster person", { openId, person: match.person.id, by: match.method });
    return { person: match.person, name: match.person.name };
  }

  async function openIdOf(personId: string): Promise<string | undefined> {
    const p = byId(personId);
    if (p?.feishu.open_id) return p.feishu.open_id;
    const bound = ((await bindings?.list()) ?? []).filter(
      (b) => b.personId === personId && b.status === "bound",
    );
    return (bound.find((b) => b.method !== "name-legacy") ?? bound[0])?.id;
  }

  function auditBindings(): Promise<Binding[]> {
    return store.withLock ? store.withLock("feishu:audit-bindings", audit) : audit();
  }

  async function audit(): Promise<Binding[]> {
    await ready;
    if (!bindings) return [];
    const found: Binding[] = [];
    for (const k of (await known?.list()) ?? []) {
      if (await bindings.get(k.openId)) continue;
      const person = byId(k.id);
      if (!person) continue;
      let method: Binding["method"];
      if (person.feishu.open_id === k.openId) method = "open_id";
      else if (hasRosterIdentifier(person)) {
        try {
          const user = await api.getUser(k.openId);
          const m = user ? matchRoster(org, user) : undefined;
          if (m?.kind === "identifier" && m.person.id === person.id) method = m.method;
        } catch (e) {
          log.warn("feishu: cannot re-check an earlier binding now; will retry at the next start", {
            openId: k.openId,
            error: errorMessage(e),
          });
          continue;
        }
      }
      const record: Binding = {
        id: k.openId,
        personId: person.id,
        status: "bound",
        method: method ?? "name-legacy",
        name: k.name,
        at: k.boundAt,
      };
      await bindings.put(record);
      if (record.method === "name-legacy") found.push(record);
    }
    const byName = (await bindings.list()).filter((b) => b.status === "bound" && b.method === "name-legacy");
    if (byName.length > 0) {
      log.warn(
        "feishu: accounts bound by display name only (made by an earlier version); an admin should confirm or remove each",
        {
          bindings: byName.map((b) => {
            const p = byId(b.personId);
            return `${b.id} → ${b.personId}${p && isPrivileged(p) ? " (suspended: leader/admin)" : ""}`;
          }),
          how: "「绑定 open_id」 confirms, 「解除绑定 open_id」 removes; 「绑定申请」 lists them",
        },
      );
    }
    if (found.length > 0) await tellAdmins(legacyBindingsCard(found, org));
    return byName;
  }

  return { resolve, openIdOf, auditBindings };
}
