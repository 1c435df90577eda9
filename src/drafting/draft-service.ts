import { withItemReplaced } from "./item-edit.js";
import { type Period, periodKey, parsePeriod, summaryYear } from "../domain/period.js";
import { AppError } from "../errors.js";
import { z } from "zod";
import type { Collection } from "../store/types.js";
import { createSession, type ModelSession } from "./ask-model.js";
import { repairMessage } from "./build-requests.js";
import {
  CACHE_COLLECTION,
  CacheEntrySchema,
  type Draft,
  type DraftEvent,
  type DraftPart,
  DraftSchema,
  type DraftVersion,
  DRAFTS_COLLECTION,
  emptyUsage,
  latestVersion,
} from "./draft-model.js";
import { gatherMaterial } from "./gather-material.js";
import {
  ALREADY_APPROVED,
  APPROVED_NO_EDIT,
  editablePart,
  handWrittenPart,
  samePartText,
} from "./edit-part.js";
import { applySteps, followComment, partsNamed, readInstruction } from "./offline-instruction.js";
import { refreshUnanswered } from "./refresh-unanswered.js";
import { stepWords, undoStep } from "./undo-step.js";
import { partName, resolvePart } from "./resolve-part.js";
import { draftDocumentParts, draftSectionPart, runPipeline } from "./run-pipeline.js";

import type { DraftingOptions, DraftingService, RunOptions } from "./drafting-service-types.js";

export type { DraftingOptions, DraftingService, RunOptions };

/** A generation running somewhere (any replica): which version it will save, for the busy answer. */
const BuildingSchema = z.object({ id: z.string(), version: z.number().int().positive(), at: z.string() });

export async function createDraftingService(opts: DraftingOptions): Promise<DraftingService> {
  const drafts: Collection<Draft> = await opts.store.collection(DRAFTS_COLLECTION, DraftSchema);
  const cache = await opts.store.collection(CACHE_COLLECTION, CacheEntrySchema);
  const runningAnywhere = await opts.store.collection("draft-building", BuildingSchema);
  const busy = new Set<string>();
  /** Period key → the version number a running generation will save. */
  const building = new Map<string, { period: Period; version: number }>();
  const now = () => opts.clock.now().toISOString();

  const session = (offline = false): ModelSession =>
    createSession({
      llm: offline ? undefined : opts.llm,
      cache,
      concurrency: opts.concurrency,
      log: opts.log,
      now: () => opts.clock.now(),
      repair: repairMessage(opts.prompts),
    });
  const deps = (s: ModelSession, onProgress?: RunOptions["onProgress"]) => ({
    org: opts.org,
    prompts: opts.prompts,
    session: s,
    contextTokens: opts.contextTokens,
    onProgress,
  });

  const need = async (period: Period): Promise<Draft> => {
    const d = await drafts.get(periodKey(period));
    if (!d)
      throw new AppError(
        "NOT_FOUND",
        `还没有${period.year}年${period.half ? (period.half === 1 ? "上半年" : "下半年") : ""}的草稿，请先发送「生成总结」`,
      );
    return d;
  };

  const busyError = (n: number | undefined) =>
    new AppError(
      "BAD_REQUEST",
      n ? `v${n} 正在生成中，完成后再修改，请稍候再试` : "该草稿正在重写中，请稍候再试",
    );

  /**
   * Another process holds the draft. A generation there records the version it builds just after
   * taking the lock, so that record is awaited a moment; without one it is a rewrite, or a
   * generation not yet recorded: said without claiming which.
   */
  async function busyElsewhere(key: string): Promise<AppError> {
    for (let i = 0; i < 5; i++) {
      const b = await runningAnywhere.get(key).catch(() => undefined);
      if (b) return busyError(b.version);
      await new Promise((r) => setTimeout(r, 200));
    }
    return new AppError("BAD_REQUEST", "该草稿正在生成或修改中，请稍候再试");
  }

  /**
   * One generation or rewrite of a period at a time: in this process (a set), and across
   * processes sharing the store (its lock `draft:<period>`, taken without waiting: the second
   * one is told the draft is busy, truthfully, rather than queued behind a long model run).
   */
  async function exclusive<T>(period: Period, fn: () => Promise<T>): Promise<T> {
    const key = periodKey(period);
    if (busy.has(key)) throw busyError(building.get(key)?.version);
    busy.add(key);
    try {
      const r = await opts.store.tryLock(`draft:${key}`, fn);
      if (!r.locked) throw await busyElsewhere(key);
      return r.value;
    } finally {
      busy.delete(key);
    }
  }

  function newVersion(
    prev: DraftVersion | undefined,
    fields: Omit<DraftVersion, "version" | "createdAt">,
  ): DraftVersion {
    return { ...fields, version: (prev?.version ?? 0) + 1, createdAt: now() };
  }

  /** Appends a version; a new text puts a returned draft back to 草稿 (the comment stays visible). */
  async function save(
    period: Period,
    version: DraftVersion,
    event: Omit<DraftEvent, "at" | "version">,
  ): Promise<Draft> {
    return drafts.update(periodKey(period), (d) => ({
      id: periodKey(period),
      period,
      status: "draft",
      comment: d?.comment,
      updatedAt: now(),
      versions: [...(d?.versions ?? []), version],
      events: [...(d?.events ?? []), { ...event, at: now(), version: version.version }],
    }));
  }

  /** One generation: a new version from the period's material, keeping locked/approved parts. */
  async function generateVersion(
    period: Period,
    by: string,
    runOpts: RunOptions,
    prev: DraftVersion | undefined,
    comment: string | undefined,
  ): Promise<Draft> {
    // Locked and approved parts stay; so does a part the leader wrote by hand (改写), unless the
    // return comment names that part (then it is drafted again, and the reply says so).
    const named = comment && prev ? partsNamed(comment, prev) : new Set<string>();
    const fixed = (prev?.parts ?? []).filter((p) => p.status !== "draft");
    const handWritten = (prev?.parts ?? []).filter(
      (p) => p.status === "draft" && p.origin === "manual" && !named.has(p.key),
    );
    const keep = new Map([...fixed, ...handWritten].map((p) => [p.key, p]));
    const material = await gatherMaterial(opts.store, opts.org, period);
    const s = session(runOpts.offline);
    const started = Date.now();
    // A draft sent back with a comment is redrafted following it (offline-instruction.ts).
    const follow = comment && prev ? followComment(comment, prev, s.llm !== undefined) : undefined;
    const result = await runPipeline(deps(s, runOpts.onProgress), material, keep, follow?.instructionFor);
    const made = newVersion(prev, {
      createdBy: by,
      note:
        keep.size > 0
          ? `重新生成（保留${[
              fixed.length > 0 ? `已锁定/已通过的 ${fixed.length} 个部分` : "",
              handWritten.length > 0 ? `人工改写的 ${handWritten.length} 个部分` : "",
            ]
              .filter(Boolean)
              .join("、")}）`
          : "生成",
      title: result.title,
      offline: result.offline,
      model: runOpts.offline ? undefined : opts.llm?.model,
      promptHash: opts.prompts.hash,
      parts: result.parts,
      usage: s.usage,
      elapsedMs: Date.now() - started,
      materialCount: material.all.length,
    });
    const followed = follow?.apply(made, made.parts);
    const version = followed
      ? { ...made, parts: followed.parts, review: followed.review, note: `${made.note}（按退回意见）` }
      : made;
    opts.log?.info("draft generated", {
      period: periodKey(period),
      version: version.version,
      usage: s.usage,
      ms: version.elapsedMs,
    });
    return save(period, version, { by, action: "generated", note: version.note });
  }

  const service: DraftingService = {
    org: opts.org,
    store: opts.store,
    prompts: opts.prompts,
    llmEnabled: opts.llm !== undefined,
    defaultPeriod() {
      return { year: summaryYear(opts.clock.now(), opts.timezone) };
    },
    parsePeriodArg(args) {
      const t = args
        .replace(/\s+/g, "")
        .replace(/(的)?(工作)?(总结|草稿|计划)(和.*)?$/u, "")
        .replace(/^(第)?/, "");
      return t ? parsePeriod(t) : undefined;
    },
    get: (period) => drafts.get(periodKey(period)),
    current: async () => (await service.list())[0],
    list: async () => (await drafts.list()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    material: (period) => gatherMaterial(opts.store, opts.org, period),
    isBusy: (period) => busy.has(periodKey(period)),
    buildingVersion: (period) => building.get(periodKey(period))?.version,
    buildingPeriods: () => [...building.values()].map((b) => b.period),

    generate: (period, by, runOpts = {}) =>
      exclusive(period, async () => {
        const existing = await drafts.get(periodKey(period));
        if (existing?.status === "approved") throw new AppError("BAD_REQUEST", ALREADY_APPROVED);
        const prev = existing ? latestVersion(existing) : undefined;
        const key = periodKey(period);
        const version = (prev?.version ?? 0) + 1;
        building.set(key, { period, version });
        await runningAnywhere.put({ id: key, version, at: now() });
        try {
          await runOpts.onStart?.(version);
          return await generateVersion(period, by, runOpts, prev, existing?.comment);
        } finally {
          building.delete(key);
          await runningAnywhere.delete(key).catch(() => undefined);
        }
      }),

    rewrite: (period, partArgs, by, runOpts = {}) =>
      exclusive(period, async () => {
        const draft = await need(period);
        const prev = latestVersion(draft);
        const { part, rest } = editablePart(draft, partArgs, "重写");
        // Without an instruction the cache would return the same text; ask for a new wording.
        const instruction = rest || "在事实和数据不变的前提下换一种写法";
        const material = await gatherMaterial(opts.store, opts.org, period);
        const s = session();
        const started = Date.now();
        let next: DraftPart;
        if (part.kind === "section") {
          const sm = material.sections.find((m) => `section:${m.sectionId}` === part.key);
          if (!sm) throw new AppError("NOT_FOUND", "该部分对应的科室已不在名册中");
          runOpts.onProgress?.({ done: 0, total: 1, label: `重写${part.sectionName ?? ""}` });
          next = await draftSectionPart(deps(s), material, sm, instruction);
        } else {
          runOpts.onProgress?.({ done: 0, total: 1, label: "重写" });
          const doc = await draftDocumentParts(
            deps(s),
            material,
            prev.parts.filter((p) => p.kind === "section"),
            instruction,
          );
          next = doc[part.kind];
        }
        runOpts.onProgress?.({ done: 1, total: 1, label: "完成" });
        if (samePartText(part, next)) return { draft, part: next, previous: part, changed: false };
        const parts = refreshUnanswered(
          prev.parts.map((p) => (p.key === part.key ? next : p)),
          next,
        );
        const note = `重写${partName(prev, part)}${rest ? `：${rest}` : ""}`;
        const version = newVersion(prev, {
          ...prev,
          createdBy: by,
          note,
          offline: parts.every((p) => p.origin !== "llm"),
          model: opts.llm?.model,
          promptHash: opts.prompts.hash,
          parts,
          usage: s.usage,
          elapsedMs: Date.now() - started,
          materialCount: material.all.length,
        });
        const saved = await save(period, version, { by, action: "rewritten", note });
        return { draft: saved, part: next, previous: part, changed: true };
      }),

    reviseOffline: (period, partArgs, by) =>
      exclusive(period, async () => {
        const draft = await need(period);
        const prev = latestVersion(draft);
        const { part, rest } = editablePart(draft, partArgs, "重写");
        const r = applySteps(prev, prev.parts, readInstruction(rest, prev, part));
        const review = { comment: rest, done: r.done, notDone: r.notDone };
        const next = r.parts.find((p) => p.key === part.key) ?? part;
        if (r.done.length === 0 || samePartText(part, next))
          return { draft, part, previous: part, changed: false, review };
        const note = `按意见修改${partName(prev, part)}（离线）：${rest}`;
        const fields = {
          ...prev,
          createdBy: by,
          note,
          parts: r.parts,
          review,
          usage: emptyUsage(),
          elapsedMs: 0,
        };
        const saved = await save(period, newVersion(prev, fields), { by, action: "rewritten", note });
        return { draft: saved, part: next, previous: part, changed: true, review };
      }),

    replacePart: (period, partArgs, text, by, item) =>
      exclusive(period, async () => {
        const draft = await need(period);
        const prev = latestVersion(draft);
        const { part } = editablePart(draft, partArgs, "改写");
        // 「改写 计划 第2条 …」: that item alone (item-edit.ts); otherwise the whole part.
        const next =
          item === undefined
            ? handWrittenPart(part, text)
            : withItemReplaced(part, item, text, partName(prev, part));
        const parts = refreshUnanswered(
          prev.parts.map((p) => (p.key === part.key ? next : p)),
          next,
        );
        const note = `改写${partName(prev, part)}${item === undefined ? "" : item === 0 ? "加一条" : `第${item}条`}（人工）`;
        const version = newVersion(prev, {
          ...prev,
          createdBy: by,
          note,
          offline: parts.every((p) => p.origin !== "llm"),
          parts,
          usage: emptyUsage(),
          elapsedMs: 0,
        });
        const saved = await save(period, version, { by, action: "rewritten", note });
        return { draft: saved, part: next, previous: part };
      }),

    undoLast: (period, by) =>
      exclusive(period, async () => {
        const draft = await need(period);
        if (draft.status === "approved") throw new AppError("BAD_REQUEST", APPROVED_NO_EDIT);
        const step = undoStep(draft);
        if (!step) return { draft };
        const prev = latestVersion(draft);
        const note = `撤销上一步（${stepWords(step.undone)}），恢复为 v${step.restored.version}`;
        const fields = {
          ...step.restored,
          createdBy: by,
          note,
          review: undefined,
          usage: emptyUsage(),
          elapsedMs: 0,
          restoredFrom: step.restored.version,
        };
        const saved = await save(period, newVersion(prev, fields), { by, action: "restored", note });
        return { draft: saved, step, previous: prev };
      }),

    async setPartStatus(period, partArgs, status, by) {
      const draft = await need(period);
      if (draft.status === "approved") throw new AppError("BAD_REQUEST", APPROVED_NO_EDIT);
      const v = latestVersion(draft);
      const { part } = resolvePart(v, partArgs);
      if (!part) throw new AppError("BAD_REQUEST", "没有找到该部分，请写明如「锁定 （二）」「通过 问题」");
      const action = status === "locked" ? "locked" : status === "approved" ? "approved-part" : "unlocked";
      const saved = await drafts.update(draft.id, (d) => {
        const cur = d ?? draft;
        const versions = cur.versions.map((ver, i) =>
          i === cur.versions.length - 1
            ? { ...ver, parts: ver.parts.map((p) => (p.key === part.key ? { ...p, status } : p)) }
            : ver,
        );
        return {
          ...cur,
          versions,
          updatedAt: now(),
          events: [...cur.events, { at: now(), by, action, version: v.version, note: part.key }],
        };
      });
      return { draft: saved, part: { ...part, status } };
    },

    async approve(period, by) {
      const draft = await need(period);
      return drafts.update(draft.id, (d) => {
        const cur = d ?? draft;
        return {
          ...cur,
          status: "approved",
          comment: undefined,
          updatedAt: now(),
          events: [...cur.events, { at: now(), by, action: "approved", version: latestVersion(cur).version }],
        };
      });
    },

    async returnDraft(period, comment, by) {
      const draft = await need(period);
      return drafts.update(draft.id, (d) => {
        const cur = d ?? draft;
        return {
          ...cur,
          status: "returned",
          comment,
          updatedAt: now(),
          events: [
            ...cur.events,
            { at: now(), by, action: "returned", version: latestVersion(cur).version, note: comment },
          ],
        };
      });
    },
  };
  return service;
}
