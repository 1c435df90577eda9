import { registerSubjectKind } from "../conversation/button-subject.js";
import { draftItemsFinder, draftWordsFinder } from "./draft-words-finder.js";
import { registerCancelNote, registerPendingNote } from "../conversation/pending-notes.js";
import { reviewAssentNote } from "./review-assent-note.js";
import { localDateString, parsePeriod } from "../domain/period.js";
import { latestVersion } from "./draft-model.js";
import { DRAFT_SUBJECT, periodWord } from "./review-view.js";
import type { Feature } from "../app.js";
import { errorMessage } from "../errors.js";
import { type DocxApi, feishuWebBase } from "../export/create-feishu-doc.js";
import { createLlmClient } from "../llm/llm-client.js";
import { createFeishuClient } from "../transports/feishu/create-client.js";
import { lazyDocxClient } from "../export/lazy-docx-client.js";
import { approvalNote } from "./approve-commands.js";
import { partQuestionNote } from "./ask-part.js";
import { generationCancelNote } from "./generation-cancel-note.js";
import { createDraftingService } from "./draft-service.js";
import { extractWithModel } from "./extract-with-model.js";
import { loadPrompts } from "./load-prompts.js";
import { type DraftingApi, draftingCommands } from "./review-commands.js";
import { runDraftCli } from "./run-draft-cli.js";

/**
 * Drafting and review as a feature: loads and checks the prompt templates (a broken template
 * stops the start), builds the model client from Config.llm (none without a key: offline
 * drafts), registers the leaders' commands and the `draft` CLI subcommand.
 * services.features.drafting holds the DraftingApi (service, exports, background jobs).
 */
export const draftingFeature: Feature = {
  name: "drafting",
  async install(services, config) {
    const prompts = await loadPrompts();
    const llm = createLlmClient(config.llm);
    const service = await createDraftingService({
      org: services.org,
      store: services.store,
      prompts,
      llm,
      clock: services.clock,
      timezone: services.timezone,
      concurrency: config.llm.concurrency,
      contextTokens: config.llm.contextTokens,
      log: services.log,
    });
    const jobs = new Set<Promise<unknown>>();
    let docx: DraftingApi["docx"];
    if (config.feishu) {
      const feishu = config.feishu;
      // The SDK is imported when the first document is made, not at start; its client is the
      // transport's (our logger, masked secrets, quiet: a failed docx call is reported once).
      const client = lazyDocxClient(() => createFeishuClient(feishu, services.log));
      docx = {
        client: client satisfies DocxApi,
        webBase: feishuWebBase(config.feishu.domain),
        folderToken: config.feishu.docFolder,
      };
    }
    const api: DraftingApi = {
      service,
      dataDir: config.dataDir,
      docx,
      extract:
        llm && config.llm.useForExtraction
          ? (text, today) =>
              extractWithModel(llm, prompts, services.org, text, today, undefined, (r) => {
                if (r.droppedFigures.length > 0 || r.droppedClauses.length > 0)
                  services.log.info("extraction: what the message does not state was dropped", {
                    figures: r.droppedFigures.length,
                    clauses: r.droppedClauses.length,
                  });
              })
          : undefined,
      track(p) {
        jobs.add(p);
        p.finally(() => jobs.delete(p)).catch(() => {});
      },
      async whenIdle() {
        while (jobs.size > 0) await Promise.allSettled([...jobs]);
      },
    };
    services.features.drafting = api;
    // A leader's 「科普画廊不要了」 without 「重写」: the conversation asks where it is (draft-removal-offer.ts).
    services.features.draftWords = draftWordsFinder(service);
    // A leader's 「删掉第2条」 while the draft is in review: asked whether a draft item is meant (draft-item-asked.ts).
    services.features.draftItems = draftItemsFinder(service);
    // Review-card buttons carry their draft and version; the engine checks them with this.
    registerSubjectKind(services, DRAFT_SUBJECT, async (_services, id) => {
      const period = parsePeriod(id);
      const d = period ? await service.get(period) : undefined;
      if (!d) return undefined;
      return {
        version: latestVersion(d).version,
        label: `${periodWord(d)}总结草稿`,
        latestHint: `请使用最新的卡片（发送「查看草稿 ${id.replace("H1", "上半年").replace("H2", "下半年")}」获取）。`,
      };
    });
    // 「好的」 after the pre-approval check is not approval: small talk says what is still needed.
    registerPendingNote(services, approvalNote(api));
    registerPendingNote(services, partQuestionNote);
    // 「行，就这样吧」 from a leader while a draft is in review: asked whether it means 定稿.
    registerPendingNote(services, reviewAssentNote(api));
    // 「算了 先不弄了」 while a generation runs: what happens to it, said truly.
    registerCancelNote(services, generationCancelNote(api));
    const extract = api.extract;
    if (extract) {
      // Intake's model extraction (LLM_EXTRACT=auto with a key, or on); intake falls back to its rules on error.
      services.features.extractor = async (text: string) => {
        const ex = await extract(text, localDateString(services.clock.now(), services.timezone));
        if (!ex) throw new Error("model extraction gave no usable answer");
        return ex;
      };
    }
    if (!llm) services.log.info("drafting: no OPENAI_API_KEY, drafts will be written offline");
    if (!llm && config.llm.useForExtraction)
      services.log.warn("LLM_EXTRACT=on but no OPENAI_API_KEY: staff messages are read by the offline rules");
    return draftingCommands(api);
  },
  registerCli(program, openApp) {
    program
      .command("draft")
      .description("起草年度（半年）工作总结和工作计划，写出 draft.md、draft.docx 和 materials.csv")
      .option("--period <year>", "年份，如 2025（默认：今年；1–2月为上一年）")
      .option("--half <n>", "1 = 上半年，2 = 下半年")
      .option("--out <dir>", "输出目录（默认 DATA_DIR/exports/<时期>）")
      .option("--show-prompts", "只打印将发送给模型的提示词，不发送")
      .option("--offline", "不调用模型，使用离线草稿")
      .option("--export", "不重新生成，导出已有的最新版本（定稿后即定稿版）")
      .action(
        async (opts: {
          period?: string;
          half?: string;
          out?: string;
          showPrompts?: boolean;
          offline?: boolean;
          export?: boolean;
        }) => {
          const app = await openApp();
          try {
            await runDraftCli(
              app,
              opts,
              (line) => process.stdout.write(`${line}\n`),
              process.stderr.isTTY ? (s) => process.stderr.write(s) : undefined,
            );
          } catch (e) {
            process.stderr.write(`${errorMessage(e)}\n`);
            process.exitCode = 1;
          } finally {
            await app.close();
          }
        },
      );
  },
};
