import type { Period } from "../domain/period.js";
import type { DraftVersion } from "../drafting/draft-model.js";
import { AppError } from "../errors.js";
import { type Block, layoutDraft } from "./layout-draft.js";

/**
 * The draft as a Feishu cloud document: `docx.v1.document.create`, then the blocks appended
 * with `documentBlockChildren.create` in batches of at most 50, never faster than 3 requests
 * a second per document (the platform's limit). Typed structurally so the lark `Client` fits
 * and tests can pass a recorder.
 */
export interface DocxTextElement {
  text_run: { content: string; text_element_style?: { bold?: boolean } };
}

export interface DocxBlock {
  block_type: number;
  text?: { elements: DocxTextElement[]; style?: { align?: number } };
  heading1?: { elements: DocxTextElement[]; style?: { align?: number } };
  heading2?: { elements: DocxTextElement[]; style?: { align?: number } };
  heading3?: { elements: DocxTextElement[]; style?: { align?: number } };
}

export interface DocxApi {
  docx: {
    v1: {
      document: {
        create: (payload: { data: { title?: string; folder_token?: string } }) => Promise<{
          code?: number;
          msg?: string;
          data?: { document?: { document_id?: string } };
        }>;
      };
      documentBlockChildren: {
        create: (payload: {
          path: { document_id: string; block_id: string };
          data: { children: DocxBlock[]; index?: number };
        }) => Promise<{ code?: number; msg?: string }>;
      };
    };
  };
  drive: {
    v1: {
      permissionMember: {
        create: (payload: {
          path: { token: string };
          params: { type: "docx"; need_notification?: boolean };
          data: {
            member_type: MemberType;
            member_id: string;
            perm: "view" | "edit" | "full_access";
            type?: "user";
          };
        }) => Promise<{ code?: number; msg?: string }>;
      };
    };
  };
}

/** How a collaborator is named to drive.v1.permissionMember.create. */
export type MemberType = "openid" | "userid" | "email";

/** Someone to give access to the new document. */
export interface DocMember {
  /** Shown in the reply (「周建国」). */
  name: string;
  memberType: MemberType;
  memberId: string;
}

/** The outcome of one grant: done, or the platform's reason. */
export interface GrantResult {
  member: DocMember;
  ok: boolean;
  error?: string;
}

const run = (content: string, bold = false): DocxTextElement =>
  bold ? { text_run: { content, text_element_style: { bold: true } } } : { text_run: { content } };

/** Map a layout block to a docx block (title → heading1 centred, 一、 → heading2, （一） → heading3). */
export function toDocxBlock(b: Block): DocxBlock {
  switch (b.kind) {
    case "title":
      return { block_type: 3, heading1: { elements: [run(b.text)], style: { align: 2 } } };
    case "h1":
      return { block_type: 4, heading2: { elements: [run(b.text)] } };
    case "h2":
      return { block_type: 5, heading3: { elements: [run(b.text)] } };
    case "item":
      return { block_type: 2, text: { elements: [run(b.lead ?? "", true), run(b.text)] } };
    case "subtitle":
      return { block_type: 2, text: { elements: [run(b.text)], style: { align: 2 } } };
    case "signature":
      return { block_type: 2, text: { elements: [run(b.text)], style: { align: 3 } } };
    default:
      return { block_type: 2, text: { elements: [run(b.text)] } };
  }
}

export interface FeishuDocOptions {
  /** Web base for links, e.g. https://feishu.cn (documents open at {base}/docx/{id}). */
  webBase: string;
  folderToken?: string;
  signature?: { unit: string; date: string };
  /** The finalised document (no status labels or placeholder sentences; see layoutDraft). */
  final?: boolean;
  /**
   * People given full access after creation (the requesting leader, the admins): a document
   * created with the app's identity lives in the app's space, and nobody else can open it.
   */
  members?: DocMember[];
  /** Minimum gap between requests (default 350 ms: under 3 requests/s). */
  minGapMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Create the document and return its id and URL. */
export async function createFeishuDoc(
  client: DocxApi,
  v: DraftVersion,
  period: Period,
  opts: FeishuDocOptions,
): Promise<{ documentId: string; url: string; requests: number; grants: GrantResult[] }> {
  const gap = opts.minGapMs ?? 350;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last = 0;
  let requests = 0;
  const paced = async <T>(fn: () => Promise<T>): Promise<T> => {
    const wait = last + gap - Date.now();
    if (requests > 0 && wait > 0) await sleep(wait);
    last = Date.now();
    requests += 1;
    try {
      return await fn();
    } catch (e) {
      // The SDK throws on HTTP errors; the body's code and msg say what went wrong.
      const body = (e as { response?: { data?: { code?: number; msg?: string } } }).response?.data;
      throw new AppError(
        "FEISHU_API",
        `飞书文档请求失败：${body?.code ?? ""} ${body?.msg ?? (e as Error).message}`.trim(),
        {
          cause: e,
          hint: "确认应用已开通「创建及编辑新版文档」(docx:document) 权限",
        },
      );
    }
  };
  const check = (res: { code?: number; msg?: string }, what: string) => {
    if (res.code !== undefined && res.code !== 0) {
      throw new AppError("FEISHU_API", `飞书文档${what}失败：${res.code} ${res.msg ?? ""}`, {
        hint: "确认应用已开通「创建及编辑新版文档」(docx:document) 权限",
      });
    }
  };

  const created = await paced(() =>
    client.docx.v1.document.create({
      data: { title: v.title, ...(opts.folderToken ? { folder_token: opts.folderToken } : {}) },
    }),
  );
  check(created, "创建");
  const documentId = created.data?.document?.document_id;
  if (!documentId) throw new AppError("FEISHU_API", "飞书文档创建失败：响应中没有 document_id");

  // The title is the document's own title; the body starts after it.
  const blocks = layoutDraft(v, period, { signature: opts.signature, final: opts.final })
    .filter((b) => b.kind !== "title")
    .map(toDocxBlock);
  for (let i = 0; i < blocks.length; i += 50) {
    const children = blocks.slice(i, i + 50);
    const res = await paced(() =>
      client.docx.v1.documentBlockChildren.create({
        path: { document_id: documentId, block_id: documentId },
        data: { children, index: i },
      }),
    );
    check(res, "写入");
  }
  const grants: GrantResult[] = [];
  for (const member of opts.members ?? []) {
    grants.push(await grant(member));
  }
  return { documentId, url: `${opts.webBase.replace(/\/+$/, "")}/docx/${documentId}`, requests, grants };

  /** One collaborator; a failure is returned (and reported to the leader), never thrown. */
  async function grant(member: DocMember): Promise<GrantResult> {
    try {
      const res = await paced(() =>
        client.drive.v1.permissionMember.create({
          path: { token: documentId as string },
          params: { type: "docx", need_notification: false },
          data: {
            member_type: member.memberType,
            member_id: member.memberId,
            perm: "full_access",
            type: "user",
          },
        }),
      );
      if (res.code !== undefined && res.code !== 0)
        return { member, ok: false, error: `${res.code} ${res.msg ?? ""}`.trim() };
      return { member, ok: true };
    } catch (e) {
      return { member, ok: false, error: e instanceof AppError ? e.message : String(e) };
    }
  }
}

/** Web base for document links from the Open Platform domain. */
export function feishuWebBase(domain: string): string {
  if (/open\.feishu\.cn/.test(domain)) return "https://feishu.cn";
  if (/open\.larksuite\.com/.test(domain)) return "https://larksuite.com";
  return domain;
}
