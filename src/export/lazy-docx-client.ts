import type { DocxApi } from "./create-feishu-doc.js";

/**
 * A DocxApi that makes its real client (the Lark SDK's) on first use: the SDK costs about a
 * second of CPU and tens of MB to import, which a bot that never exports to a Feishu document —
 * or has not yet — should not pay at start. A failed load is retried on the next call.
 */
export function lazyDocxClient(make: () => Promise<DocxApi>): DocxApi & { load(): Promise<DocxApi> } {
  let client: Promise<DocxApi> | undefined;
  const get = () => {
    client ??= make();
    client.catch(() => {
      client = undefined;
    });
    return client;
  };
  return {
    /** The real client (made now if not yet). */
    load: get,
    docx: {
      v1: {
        document: { create: async (p) => (await get()).docx.v1.document.create(p) },
        documentBlockChildren: { create: async (p) => (await get()).docx.v1.documentBlockChildren.create(p) },
      },
    },
    drive: {
      v1: { permissionMember: { create: async (p) => (await get()).drive.v1.permissionMember.create(p) } },
    },
  };
}
