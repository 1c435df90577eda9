import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Feishu Open Platform: a real HTTP server on 127.0.0.1 that the real SDK Client talks
 * to through `domain: fake.url`. It implements the calls the bot makes (tenant token, messages
 * create / reply / patch, file upload, contact user, bot info, docx documents and block
 * children), records every request, keeps the state tests assert on (messages, files,
 * documents), and can be told to fail the next calls of a route with a Feishu code and/or an
 * HTTP status (rate limits, 5xx, expired tokens).
 */

export type FakeRoute =
  | "token"
  | "message.create"
  | "message.reply"
  | "message.patch"
  | "file.create"
  | "user.get"
  | "department.children"
  | "user.find_by_department"
  | "bot.info"
  | "docx.create"
  | "docx.children"
  | "docx.get"
  /** drive.v1.permissionMember.create: add a collaborator to a document. */
  | "drive.member"
  /** The long connection's endpoint discovery: answered by `fake.wsEndpoint` (fake-feishu-ws.ts), else 403. */
  | "ws.endpoint";

export interface RecordedRequest {
  route: FakeRoute | "unknown";
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body; for multipart uploads the fields (files as {name, size, bytes}). */
  body: unknown;
}

export interface FakeMessage {
  message_id: string;
  chat_id: string;
  via: "create" | "reply";
  receive_id?: string;
  receive_id_type?: string;
  /** For replies: the message replied to. */
  reply_to?: string;
  reply_in_thread?: boolean;
  msg_type: string;
  /** `content` parsed from its JSON string. */
  content: Record<string, unknown>;
  uuid?: string;
  /** Contents from PATCH calls, oldest first; `content` holds the latest. */
  patches: Array<Record<string, unknown>>;
}

export interface FakeUser {
  open_id: string;
  /** open_department_id of each department the user belongs to (contact directory). */
  department_ids?: string[];
  job_title?: string;
  user_id?: string;
  union_id?: string;
  name?: string;
  email?: string;
  enterprise_email?: string;
  mobile?: string;
}

/** A department of the contact directory; the root's id is "0". */
export interface FakeDepartment {
  open_department_id: string;
  department_id?: string;
  name: string;
  parent_department_id: string;
}

export interface FakeFile {
  file_key: string;
  file_type: string;
  file_name: string;
  bytes: Buffer;
}

export interface FakeDocument {
  document_id: string;
  title: string;
  folder_token?: string;
  revision_id: number;
  /** Collaborators added through drive.v1.permissionMember.create. */
  members: Array<{ member_type: string; member_id: string; perm: string; type?: string }>;
  /** Blocks by id; the page block's id is the document id. */
  blocks: Map<string, { block_id: string; parent_id: string; children: string[]; [k: string]: unknown }>;
}

export interface Failure {
  code?: number;
  status?: number;
  msg?: string;
}

export interface FakeFeishuOptions {
  appId?: string;
  appSecret?: string;
  botOpenId?: string;
  botName?: string;
  /** Drop a repeated `uuid` the way Feishu does (default true). */
  honourUuid?: boolean;
}

/** An answer to the long connection's endpoint discovery. */
export interface WsEndpointAnswer {
  status: number;
  body: unknown;
}

export interface FakeFeishu {
  url: string;
  /** The HTTP server (the long-connection fake takes WebSocket upgrades on it). */
  server: Server;
  /** Endpoint discovery (`POST /callback/ws/endpoint`); unset, the fake says 403 (no long connection). */
  wsEndpoint?: (body: unknown) => WsEndpointAnswer;
  appId: string;
  botOpenId: string;
  requests: RecordedRequest[];
  /** Messages the bot sent (create and reply), in order. */
  messages: FakeMessage[];
  files: FakeFile[];
  documents: Map<string, FakeDocument>;
  users: Map<string, FakeUser>;
  departments: Map<string, FakeDepartment>;
  /** Options that may be changed between tests. */
  options: Required<Pick<FakeFeishuOptions, "honourUuid">>;
  addUser(u: FakeUser): void;
  addDepartment(d: FakeDepartment): void;
  /** The next `times` calls of `route` answer with this failure instead. */
  failNext(route: FakeRoute, failure: Failure, times?: number): void;
  /** Invalidate every token issued so far (the next calls get 99991663). */
  expireTokens(): void;
  /** Requests of one route. */
  calls(route: FakeRoute): RecordedRequest[];
  /** Text of each message sent (text content, or the card's title + markdown). */
  texts(): string[];
  /** Resolve when `check` returns a truthy value; reject after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  reset(): void;
  close(): Promise<void>;
}

const CARD_LIMIT = 30 * 1024;
const TEXT_LIMIT = 150 * 1024;

export async function startFakeFeishu(opts: FakeFeishuOptions = {}): Promise<FakeFeishu> {
  const appId = opts.appId ?? "cli_0123456789abcdef";
  const appSecret = opts.appSecret ?? "fake-app-secret";
  const botOpenId = opts.botOpenId ?? "ou_bot_0000000000000000000000000";
  const requests: RecordedRequest[] = [];
  const messages: FakeMessage[] = [];
  const files: FakeFile[] = [];
  const documents = new Map<string, FakeDocument>();
  const users = new Map<string, FakeUser>();
  const departments = new Map<string, FakeDepartment>();
  const failures = new Map<FakeRoute, Failure[]>();
  const tokens = new Set<string>();
  const byUuid = new Map<string, FakeMessage>();
  const options = { honourUuid: opts.honourUuid ?? true };
  let seq = 0;
  const next = (prefix: string) =>
    `${prefix}${(++seq).toString().padStart(6, "0")}${randomUUID().slice(0, 8)}`;

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => json(res, 500, { code: 1, msg: String(e) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? "/", "http://fake");
    const raw = await readAll(req);
    const ct = String(req.headers["content-type"] ?? "");
    let body: unknown;
    if (ct.startsWith("multipart/form-data")) body = await parseMultipart(raw, ct);
    else if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = raw.toString("utf8");
      }
    }
    const method = req.method ?? "GET";
    const m = matchRoute(method, u.pathname);
    const rec: RecordedRequest = {
      route: m?.route ?? "unknown",
      method,
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      headers: req.headers,
      body,
    };
    requests.push(rec);
    if (!m) return json(res, 404, { code: 404, msg: `fake feishu: no route ${method} ${u.pathname}` });

    const queued = failures.get(m.route);
    const failure = queued?.shift();
    if (failure) {
      return json(res, failure.status ?? 200, {
        code: failure.code ?? 1,
        msg: failure.msg ?? "injected failure",
      });
    }
    if (m.route === "ws.endpoint") {
      if (fake.wsEndpoint) {
        const answer = fake.wsEndpoint(body);
        return json(res, answer.status, answer.body);
      }
      return json(res, 200, { code: 403, msg: "fake feishu: long connection not available", data: {} });
    }
    if (m.route !== "token") {
      const auth = String(req.headers.authorization ?? "");
      const token = auth.replace(/^Bearer\s+/i, "");
      if (!tokens.has(token)) {
        return json(res, 400, { code: 99991663, msg: "Invalid access token for authorization." });
      }
    }
    const b = (body ?? {}) as Record<string, unknown>;
    switch (m.route) {
      case "token": {
        if (b.app_id !== appId || b.app_secret !== appSecret)
          return json(res, 200, { code: 10014, msg: "app secret invalid" });
        const t = `t-${next("")}`;
        tokens.add(t);
        return json(res, 200, { code: 0, msg: "ok", tenant_access_token: t, expire: 7200 });
      }
      case "message.create":
      case "message.reply": {
        const uuid = typeof b.uuid === "string" ? b.uuid : undefined;
        if (uuid && options.honourUuid && byUuid.has(uuid))
          return json(res, 200, ok(messageData(byUuid.get(uuid)!)));
        const check = checkContent(String(b.msg_type ?? ""), b.content);
        if (check) return json(res, 400, check);
        const isReply = m.route === "message.reply";
        const receiveIdType = rec.query.receive_id_type;
        if (!isReply && !receiveIdType)
          return json(res, 400, { code: 99992402, msg: "field validation failed: receive_id_type" });
        const msg: FakeMessage = {
          message_id: next("om_"),
          chat_id: isReply
            ? "oc_replied"
            : receiveIdType === "chat_id"
              ? String(b.receive_id)
              : `oc_p2p_${String(b.receive_id)}`,
          via: isReply ? "reply" : "create",
          receive_id: isReply ? undefined : String(b.receive_id),
          receive_id_type: isReply ? undefined : receiveIdType,
          reply_to: isReply ? m.params.id : undefined,
          reply_in_thread: isReply ? Boolean(b.reply_in_thread) : undefined,
          msg_type: String(b.msg_type),
          content: JSON.parse(String(b.content)),
          uuid,
          patches: [],
        };
        messages.push(msg);
        if (uuid) byUuid.set(uuid, msg);
        return json(res, 200, ok(messageData(msg)));
      }
      case "message.patch": {
        const msg = messages.find((x) => x.message_id === m.params.id);
        if (!msg) return json(res, 400, { code: 230001, msg: "message not found" });
        if (msg.msg_type !== "interactive")
          return json(res, 400, { code: 230001, msg: "only cards can be patched" });
        const check = checkContent("interactive", b.content);
        if (check) return json(res, 400, check);
        msg.content = JSON.parse(String(b.content));
        msg.patches.push(msg.content);
        return json(res, 200, ok({}));
      }
      case "file.create": {
        const file = b.file as { bytes?: Buffer } | string | undefined;
        const bytes = typeof file === "string" ? Buffer.from(file) : (file?.bytes ?? Buffer.alloc(0));
        if (bytes.length === 0) return json(res, 400, { code: 234010, msg: "empty file" });
        const f: FakeFile = {
          file_key: next("file_v3_"),
          file_type: String(b.file_type ?? ""),
          file_name: String(b.file_name ?? ""),
          bytes,
        };
        files.push(f);
        return json(res, 200, ok({ file_key: f.file_key }));
      }
      case "user.get": {
        const type = rec.query.user_id_type ?? "open_id";
        const id = m.params.id ?? "";
        const user = [...users.values()].find((x) =>
          type === "user_id" ? x.user_id === id : x.open_id === id,
        );
        if (!user) return json(res, 400, { code: 41050, msg: "no user authority error" });
        return json(res, 200, ok({ user: { ...user } }));
      }
      case "department.children": {
        // Direct children only (fetch_child=false), pages of at most 50, ordered by id.
        const parent = m.params.id ?? "0";
        if (parent !== "0" && !departments.has(parent))
          return json(res, 400, { code: 40004, msg: "no dept authority error" });
        const all = [...departments.values()]
          .filter((d) => d.parent_department_id === parent)
          .sort((a, b) => a.open_department_id.localeCompare(b.open_department_id));
        return json(res, 200, ok(page(all, rec.query)));
      }
      case "user.find_by_department": {
        const dept = rec.query.department_id ?? "";
        if (dept !== "0" && !departments.has(dept))
          return json(res, 400, { code: 40004, msg: "no dept authority error" });
        const all = [...users.values()]
          .filter((u) => (u.department_ids ?? []).includes(dept))
          .sort((a, b) => a.open_id.localeCompare(b.open_id));
        return json(res, 200, ok(page(all, rec.query)));
      }
      case "bot.info":
        return json(res, 200, {
          code: 0,
          msg: "ok",
          bot: {
            activate_status: 2,
            app_name: opts.botName ?? "总结助手",
            avatar_url: "",
            ip_white_list: [],
            open_id: botOpenId,
          },
        });
      case "docx.create": {
        const id = next("doxcn");
        const doc: FakeDocument = {
          document_id: id,
          title: String(b.title ?? ""),
          folder_token: typeof b.folder_token === "string" ? b.folder_token : undefined,
          revision_id: 1,
          members: [],
          blocks: new Map([[id, { block_id: id, parent_id: "", block_type: 1, children: [] }]]),
        };
        documents.set(id, doc);
        return json(res, 200, ok({ document: { document_id: id, revision_id: 1, title: doc.title } }));
      }
      case "docx.children": {
        const doc = documents.get(m.params.id ?? "");
        const parent = doc?.blocks.get(m.params.block ?? "");
        if (!doc || !parent) return json(res, 400, { code: 1770002, msg: "not found" });
        const children = Array.isArray(b.children) ? (b.children as Array<Record<string, unknown>>) : [];
        if (children.length === 0 || children.length > 50)
          return json(res, 400, { code: 1770001, msg: "invalid param" });
        const index = typeof b.index === "number" && b.index >= 0 ? b.index : parent.children.length;
        const created = children.map((c) => ({
          ...c,
          block_id: next("blk"),
          parent_id: parent.block_id,
          children: [],
        }));
        for (const c of created) doc.blocks.set(c.block_id, c);
        parent.children.splice(index, 0, ...created.map((c) => c.block_id));
        doc.revision_id += 1;
        return json(
          res,
          200,
          ok({
            children: created,
            document_revision_id: doc.revision_id,
            client_token: rec.query.client_token ?? "",
          }),
        );
      }
      case "drive.member": {
        const doc = documents.get(m.params.id ?? "");
        if (!doc) return json(res, 400, { code: 1063002, msg: "document not found" });
        if (rec.query.type !== "docx")
          return json(res, 400, { code: 1063001, msg: "param type mismatch the token" });
        const memberTypes = ["email", "openid", "unionid", "openchat", "opendepartmentid", "userid"];
        const perms = ["view", "edit", "full_access"];
        if (!memberTypes.includes(String(b.member_type)) || typeof b.member_id !== "string" || !b.member_id)
          return json(res, 400, { code: 1063001, msg: "invalid member_type or member_id" });
        if (!perms.includes(String(b.perm))) return json(res, 400, { code: 1063001, msg: "invalid perm" });
        const member = {
          member_type: String(b.member_type),
          member_id: b.member_id,
          perm: String(b.perm),
          type: typeof b.type === "string" ? b.type : undefined,
        };
        doc.members.push(member);
        return json(res, 200, ok({ member }));
      }
      case "docx.get": {
        const doc = documents.get(m.params.id ?? "");
        if (!doc) return json(res, 400, { code: 1770002, msg: "not found" });
        return json(
          res,
          200,
          ok({ document: { document_id: doc.document_id, revision_id: doc.revision_id, title: doc.title } }),
        );
      }
    }
  }

  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeFeishu = {
    url,
    server,
    appId,
    botOpenId,
    requests,
    messages,
    files,
    documents,
    users,
    options,
    departments,
    addUser: (u) => users.set(u.open_id, u),
    addDepartment: (d) => departments.set(d.open_department_id, d),
    failNext(route, failure, times = 1) {
      const q = failures.get(route) ?? [];
      for (let i = 0; i < times; i++) q.push(failure);
      failures.set(route, q);
    },
    expireTokens: () => tokens.clear(),
    calls: (route) => requests.filter((r) => r.route === route),
    texts: () => messages.map(messageText),
    async waitFor(check, timeoutMs = 5000) {
      const start = Date.now();
      for (;;) {
        const v = check();
        if (v) return v;
        if (Date.now() - start > timeoutMs) throw new Error("fake feishu: waitFor timed out");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    reset() {
      requests.length = 0;
      messages.length = 0;
      files.length = 0;
      documents.clear();
      failures.clear();
      byUuid.clear();
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
  return fake;
}

/** The readable text of a sent message: text content, or a card's title and markdown blocks. */
export function messageText(m: FakeMessage): string {
  if (m.msg_type === "text") return String(m.content.text ?? "");
  if (m.msg_type === "interactive") {
    const card = m.content as { header?: { title?: { content?: string } }; body?: { elements?: unknown[] } };
    const parts = [card.header?.title?.content ?? ""];
    const walk = (els: unknown[] | undefined) => {
      for (const el of els ?? []) {
        const e = el as {
          tag?: string;
          content?: string;
          columns?: Array<{ elements?: unknown[] }>;
          text?: { content?: string };
          options?: Array<{ text?: { content?: string } }>;
        };
        if (e.tag === "markdown" && e.content) parts.push(e.content);
        if (e.tag === "select_static")
          parts.push(`[选择：${(e.options ?? []).map((o) => o.text?.content ?? "").join("｜")}]`);
        if (e.tag === "button" && e.text?.content) parts.push(`[${e.text.content}]`);
        for (const c of e.columns ?? []) walk(c.elements);
      }
    };
    walk(card.body?.elements);
    return parts.join("\n");
  }
  if (m.msg_type === "post") {
    const body = (m.content.zh_cn ?? m.content.en_us) as
      | { title?: string; content?: Array<Array<{ text?: string }>> }
      | undefined;
    return [
      body?.title ?? "",
      ...(body?.content ?? []).map((line) => line.map((r) => r.text ?? "").join("")),
    ].join("\n");
  }
  return `[${m.msg_type}] ${JSON.stringify(m.content)}`;
}

/** The text commands of a sent card's buttons, by button label. */
export function buttonCommands(m: FakeMessage): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (els: unknown[]) => {
    for (const el of els) {
      const e = el as {
        tag?: string;
        text?: { content?: string };
        behaviors?: Array<{ value?: { command?: string } }>;
        columns?: Array<{ elements: unknown[] }>;
      };
      if (e.tag === "button") out[e.text?.content ?? ""] = e.behaviors?.[0]?.value?.command ?? "";
      for (const c of e.columns ?? []) walk(c.elements);
    }
  };
  walk(((m.content as { body?: { elements?: unknown[] } }).body?.elements ?? []) as unknown[]);
  return out;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** One page of a list: `page_token` is the offset, `page_size` at most 50 (the platform's cap). */
function page<T>(all: T[], query: Record<string, string>) {
  const size = Math.min(Math.max(Number(query.page_size ?? 20) || 20, 1), 50);
  const from = Number(query.page_token ?? 0) || 0;
  const items = all.slice(from, from + size);
  const more = from + size < all.length;
  return { has_more: more, ...(more ? { page_token: String(from + size) } : {}), items };
}

function ok(data: unknown) {
  return { code: 0, msg: "success", data };
}

function messageData(m: FakeMessage) {
  return {
    message_id: m.message_id,
    chat_id: m.chat_id,
    msg_type: m.msg_type,
    create_time: String(Date.now()),
    body: { content: JSON.stringify(m.content) },
    ...(m.reply_to ? { parent_id: m.reply_to, root_id: m.reply_to } : {}),
  };
}

function checkContent(msgType: string, content: unknown): { code: number; msg: string } | undefined {
  if (typeof content !== "string") return { code: 99992402, msg: "field validation failed: content" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { code: 230001, msg: "content is not valid JSON" };
  }
  const size = Buffer.byteLength(content);
  if (msgType === "interactive") {
    if (size > CARD_LIMIT) return { code: 230025, msg: "card content exceeds 30KB" };
    const card = parsed as { schema?: string; body?: unknown };
    if (card.schema !== "2.0" || typeof card.body !== "object")
      return { code: 230099, msg: "invalid card JSON 2.0" };
  } else if (msgType === "text") {
    if (size > TEXT_LIMIT) return { code: 230025, msg: "text exceeds 150KB" };
    if (typeof (parsed as { text?: unknown }).text !== "string")
      return { code: 230001, msg: "text content needs text" };
  } else if (msgType === "file") {
    if (typeof (parsed as { file_key?: unknown }).file_key !== "string")
      return { code: 230001, msg: "file_key missing" };
  } else if (msgType === "post") {
    if (size > CARD_LIMIT) return { code: 230025, msg: "post content exceeds 30KB" };
    const post = parsed as Record<string, { title?: unknown; content?: unknown }>;
    const body = post.zh_cn ?? post.en_us;
    const ok =
      body !== undefined &&
      Array.isArray(body.content) &&
      body.content.every(
        (line) =>
          Array.isArray(line) &&
          line.every(
            (el: { tag?: unknown }) => typeof el === "object" && el !== null && typeof el.tag === "string",
          ),
      );
    if (!ok) return { code: 230001, msg: "invalid post content" };
  } else if (msgType !== "image") {
    return { code: 230001, msg: `unsupported msg_type ${msgType}` };
  }
  return undefined;
}

function matchRoute(
  method: string,
  path: string,
): { route: FakeRoute; params: { id?: string; block?: string } } | undefined {
  const table: Array<[string, RegExp, FakeRoute]> = [
    ["POST", /^\/open-apis\/auth\/v3\/tenant_access_token\/internal\/?$/, "token"],
    ["POST", /^\/open-apis\/im\/v1\/messages$/, "message.create"],
    ["POST", /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/, "message.reply"],
    ["PATCH", /^\/open-apis\/im\/v1\/messages\/([^/]+)$/, "message.patch"],
    ["POST", /^\/open-apis\/im\/v1\/files$/, "file.create"],
    ["GET", /^\/open-apis\/contact\/v3\/users\/find_by_department$/, "user.find_by_department"],
    ["GET", /^\/open-apis\/contact\/v3\/users\/([^/]+)$/, "user.get"],
    ["GET", /^\/open-apis\/contact\/v3\/departments\/([^/]+)\/children$/, "department.children"],
    ["GET", /^\/open-apis\/bot\/v3\/info\/?$/, "bot.info"],
    ["POST", /^\/open-apis\/docx\/v1\/documents$/, "docx.create"],
    ["POST", /^\/open-apis\/docx\/v1\/documents\/([^/]+)\/blocks\/([^/]+)\/children$/, "docx.children"],
    ["GET", /^\/open-apis\/docx\/v1\/documents\/([^/]+)$/, "docx.get"],
    ["POST", /^\/open-apis\/drive\/v1\/permissions\/([^/]+)\/members$/, "drive.member"],
    ["POST", /^\/callback\/ws\/endpoint$/, "ws.endpoint"],
  ];
  for (const [m, re, route] of table) {
    const hit = method === m ? re.exec(path) : null;
    if (hit) return { route, params: { id: hit[1] ? decodeURIComponent(hit[1]) : undefined, block: hit[2] } };
  }
  return undefined;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Multipart fields through the platform's own parser; files become {name, size, bytes}. */
async function parseMultipart(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") out[k] = v;
    else {
      const bytes = Buffer.from(await v.arrayBuffer());
      out[k] = { name: v.name, size: bytes.length, bytes };
    }
  }
  return out;
}
