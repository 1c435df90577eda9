import { BUREAU, MESSAGES } from "./corpus/bureau-year.js";
import { type BenchResult, importOrSkip } from "./lib/skip.js";
import { createRewritingModel, INVENTED } from "./lib/rewriting-model.js";
import type { Row } from "./lib/stats.js";

type FakeOpenAIModule = typeof import("../test/fakes/fake-openai.js");
type MemoryModule = typeof import("../test/fixtures/drafting/memory-store.js");

/**
 * Draft quality on a bureau's year written for this bench, not for the tests (bench/corpus/bureau-year.ts:
 * 41 colloquial staff messages), offline and with a careless "capable" model
 * (bench/lib/rewriting-model.ts) behind the real client and the fake OpenAI server:
 *
 * - figures kept: true figures the draft states (the model's rewordings included);
 * - true figures blanked or dropped (target 0);
 * - invented claims that survived, as a figure or as a 「×」 (target 0);
 * - 公文 check findings per 1,000 characters.
 *
 * Baselines from the same run: for the model, its same answers grounded the way drafts were
 * grounded before (domain/figures createFigureMatcher: exact value and unit, blank everything
 * else); for the 公文 check, the staff messages pasted as they were typed.
 */
export async function runDraftQualityBench(_o: { quick: boolean }): Promise<BenchResult> {
  const { startFakeOpenAI } = await importOrSkip<FakeOpenAIModule>(
    "test/fakes/fake-openai.js",
    "fake OpenAI",
  );
  const { memoryStore } = await importOrSkip<MemoryModule>(
    "test/fixtures/drafting/memory-store.js",
    "memory store",
  );
  const { parseOrg } = await import("../src/domain/org.js");
  const { importRows } = await import("../src/import/import-updates.js");
  const { groupMaterial } = await import("../src/drafting/gather-material.js");
  const { draftOffline } = await import("../src/drafting/draft-offline.js");
  const { checkGongwen } = await import("../src/drafting/check-gongwen.js");
  const { checkRegister } = await import("../src/drafting/check-register.js");
  const { arabicFigures } = await import("../src/drafting/polish-prose.js");
  const { createDraftingService } = await import("../src/drafting/draft-service.js");
  const { loadPrompts } = await import("../src/drafting/load-prompts.js");
  const { createLlmClient } = await import("../src/llm/llm-client.js");
  const { loadConfig } = await import("../src/load-config.js");
  const { latestVersion } = await import("../src/drafting/draft-model.js");
  const { createFigureMatcher, extractFigures } = await import("../src/domain/figures.js");
  const { groundingFor } = await import("../src/drafting/ground-figures.js");
  const { findFigures } = await import("../src/domain/figures.js");
  type Part = import("../src/drafting/draft-model.js").DraftPart;

  const org = parseOrg(BUREAU);
  const store = memoryStore();
  await importRows(
    store,
    org,
    MESSAGES.map((m, i) => ({ row: i + 1, ...m })),
    new Date("2025-12-20T00:00:00Z"),
  );
  const period = { year: 2025 };
  const material = groupMaterial(org, period, store.updates);

  const textOf = (parts: readonly Part[]) =>
    parts
      .flatMap((p) => [
        p.heading,
        ...p.paragraphs,
        ...p.items.flatMap((i) => [i.title, i.text]),
        p.closing ?? "",
      ])
      .join("\n");
  const per1000 = (n: number, text: string) =>
    ((n * 1000) / Math.max(1, text.replace(/\s/gu, "").length)).toFixed(1);
  const count = (text: string, needle: string) => {
    const esc = needle.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    return [...text.matchAll(new RegExp(`(?<![\\d.])${esc}`, "gu"))].length;
  };
  const grounding = groundingFor(material.all, ["2025年", "2026年"]);
  const ungrounded = (text: string) => findFigures(text).filter((f) => !grounding.allows(f, text)).length;

  // Offline: every figure in the material that the draft should carry (work, problems, plans).
  const offline = draftOffline(org, material);
  const offText = textOf(offline.parts);
  const sourceRaws = material.all.flatMap((u) => extractFigures(u.normalizedText).map((f) => f.raw));
  // A figure is kept as written or as the drafter writes it (一千二百万元 → 1200万元).
  const offKept = sourceRaws.filter((r) => offText.includes(r) || offText.includes(arabicFigures(r))).length;
  const offFindings = checkGongwen({ title: offline.title, parts: offline.parts }, { year: 2025 });
  const pasted = {
    title: offline.title,
    parts: material.sections.map((s) => ({
      ...(offline.parts.find((p) => p.sectionId === s.sectionId) as Part),
      items: s.updates.map((u) => ({ title: "", text: u.originalText, sourceIds: [u.id] })),
    })),
  };
  const pastedText = textOf(pasted.parts);
  const pastedFindings = checkGongwen(pasted, { year: 2025 });
  // Sentences that still read as chat (check-register.ts), over all sentences of the body.
  const sentences = (parts: readonly Part[]) =>
    parts
      .filter((p) => p.origin !== "placeholder")
      .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text), p.closing ?? ""])
      .flatMap((t) => t.split(/(?<=[。！？])/u))
      .filter((x) => x.trim()).length;
  const chatty = (parts: readonly Part[]) =>
    `${checkRegister(parts.filter((p) => p.origin !== "placeholder")).length}/${sentences(parts)}`;

  // Model: the real pipeline against the careless model.
  const fake = await startFakeOpenAI();
  const model = createRewritingModel();
  fake.setDefault(model.answer);
  let v: import("../src/drafting/draft-model.js").DraftVersion;
  try {
    const config = loadConfig({
      OPENAI_BASE_URL: fake.url,
      OPENAI_API_KEY: "sk-bench-not-a-real-key",
      LLM_MODEL: "bench-careless",
      LLM_MAX_RETRIES: "2",
      LLM_CONCURRENCY: "2",
    });
    const service = await createDraftingService({
      org,
      store,
      prompts: await loadPrompts(),
      llm: createLlmClient(config.llm, { baseDelayMs: 5 }),
      clock: { now: () => new Date("2025-12-20T02:00:00Z") },
      timezone: "Asia/Shanghai",
      concurrency: config.llm.concurrency,
      contextTokens: config.llm.contextTokens,
    });
    v = latestVersion(await service.generate(period, "wang-ju"));
  } finally {
    await fake.close();
  }
  const modelText = textOf(v.parts);
  const tally = (text: string) => {
    const wrote = new Map<string, number>();
    for (const r of model.log.trueFigures) wrote.set(r, (wrote.get(r) ?? 0) + 1);
    let kept = 0;
    for (const [r, n] of wrote) kept += Math.min(n, count(text, r));
    const survived = INVENTED.reduce(
      (sum, c) =>
        sum + Math.min(model.log.invented.filter((x) => x === c.claim).length, text.split(c.mark).length - 1),
      0,
    );
    return {
      wrote: model.log.trueFigures.length,
      kept,
      blanked: model.log.trueFigures.length - kept,
      survived,
    };
  };
  const m = tally(modelText);
  const old = createFigureMatcher(material.all.flatMap((u) => extractFigures(u.normalizedText)));
  const baselineText = model.log.texts.map((t) => old.replaceUnmatched(t).text).join("\n");
  const b = tally(baselineText);
  const modelFindings = checkGongwen(v, { year: 2025 });
  const fellBack = v.parts.filter((p) => p.origin === "fallback").length;
  const llmParts = v.parts.filter((p) => p.origin === "llm").length;

  const rows: Row[] = [
    {
      bench: "draft-quality",
      figure: "offline: figures kept",
      value: `${offKept}/${sourceRaws.length}`,
      baseline: `${sourceRaws.length}/${sourceRaws.length} pasted chat`,
      ratio: "",
      note: `${ungrounded(offText)} ungrounded figures, ${(offText.match(/×/gu) ?? []).length - (offText.match(/\d\s*米?×\s*\d/gu) ?? []).length} blanks`,
    },
    {
      bench: "draft-quality",
      figure: "offline: 公文 findings / 1,000 chars",
      value: per1000(offFindings.length, offText),
      baseline: `${per1000(pastedFindings.length, pastedText)} pasted chat`,
      ratio: "",
      note: `${offFindings.length} findings (${[...new Set(offFindings.map((f) => f.rule))].join(", ") || "none"})`,
    },
    {
      bench: "draft-quality",
      figure: "offline: sentences still read as chat",
      value: chatty(offline.parts),
      baseline: `${chatty(pasted.parts as Part[])} pasted chat`,
      ratio: "",
      note: "register check: emoji, topic tags, spoken words, Chinese-numeral counts, 再/在 and 的/得, fragments",
    },
    {
      bench: "draft-quality",
      figure: "model: true figures kept",
      value: `${m.kept}/${m.wrote}`,
      baseline: `${b.kept}/${b.wrote} exact-unit grounding`,
      ratio: "",
      note: `${llmParts}/${v.parts.length} parts by the model, ${fellBack} offline after faults; ${model.log.errors503} × 503 answered`,
    },
    {
      bench: "draft-quality",
      figure: "model: true figures blanked (target 0)",
      value: String(m.blanked),
      baseline: `${b.blanked} exact-unit grounding`,
      ratio: "",
    },
    {
      bench: "draft-quality",
      figure: "model: invented claims surviving (target 0)",
      value: `${m.survived}/${model.log.invented.length}`,
      baseline: `${b.survived}/${model.log.invented.length} exact-unit grounding`,
      ratio: "",
      note: "a claim survives as its figure or as a 「×」 blank",
    },
    {
      bench: "draft-quality",
      figure: "model: sentences still read as chat",
      value: chatty(v.parts),
      baseline: `${chatty(pasted.parts as Part[])} pasted chat`,
      ratio: "",
      note: "listed before 定稿 as 待核实; the model's text is checked, not rewritten",
    },
    {
      bench: "draft-quality",
      figure: "model: 公文 findings / 1,000 chars",
      value: per1000(modelFindings.length, modelText),
      baseline: `${per1000(pastedFindings.length, pastedText)} pasted chat`,
      ratio: "",
      note: `${modelFindings.length} findings (${[...new Set(modelFindings.map((f) => f.rule))].join(", ") || "none"})`,
    },
  ];
  return {
    rows,
    notes: [
      `draft-quality: ${MESSAGES.length} messages of a 农业农村局's year, written before the rules but some offline wording rules were adjusted after reading its drafts (not a blind measure); the model rewrites counting words, invents ${INVENTED.length} kinds of claim and answers 503 to every 3rd request.`,
    ],
    data: { offline: { kept: offKept, of: sourceRaws.length }, model: m, baseline: b },
  };
}
