import type * as lark from "@larksuiteoapi/node-sdk";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { Directory, DirectoryDepartment, DirectoryUser } from "../../domain/propose-roster.js";
import { checkBody, toApiError } from "./api-error.js";
import { createFeishuClient } from "./create-client.js";

/** The platform's largest page for both lists. */
const PAGE_SIZE = 50;
/** A guard against a cyclic or runaway tree (the platform allows far fewer levels). */
const MAX_DEPARTMENTS = 20_000;

/**
 * The unit's contact directory through the SDK: departments from the root ("0") down, one level
 * at a time (contact.v3 department children, paginated), then each department's direct members
 * (contact.v3 user find_by_department, paginated). A member of several departments is one user
 * with all of them. Only what the app's 通讯录权限范围 lets it see is returned.
 */
export async function readDirectory(
  client: lark.Client,
  onProgress?: (msg: string) => void,
): Promise<Directory> {
  const departments: DirectoryDepartment[] = [];
  const queue: Array<{ id: string; path: string }> = [{ id: "0", path: "" }];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for await (const d of pages("contact.v3.department.children", (token) =>
      client.contact.v3.department.children({
        path: { department_id: parent.id },
        params: {
          department_id_type: "open_department_id",
          fetch_child: false,
          page_size: PAGE_SIZE,
          ...(token ? { page_token: token } : {}),
        },
      }),
    )) {
      const id = d.open_department_id ?? d.department_id;
      if (!id || departments.some((x) => x.id === id)) continue;
      const path = parent.path ? `${parent.path}/${d.name}` : d.name;
      departments.push({ id, name: d.name, parentId: parent.id, path });
      if (departments.length > MAX_DEPARTMENTS) throw new Error(`more than ${MAX_DEPARTMENTS} departments`);
      queue.push({ id, path });
    }
  }
  onProgress?.(`部门 ${departments.length} 个`);

  const users = new Map<string, DirectoryUser>();
  for (const dept of [{ id: "0" }, ...departments]) {
    for await (const u of pages("contact.v3.user.find_by_department", (token) =>
      client.contact.v3.user.findByDepartment({
        params: {
          department_id: dept.id,
          department_id_type: "open_department_id",
          user_id_type: "open_id",
          page_size: PAGE_SIZE,
          ...(token ? { page_token: token } : {}),
        },
      }),
    )) {
      if (!u.open_id) continue;
      const seen = users.get(u.open_id);
      if (seen) {
        if (!seen.departmentIds.includes(dept.id)) seen.departmentIds.push(dept.id);
        continue;
      }
      users.set(u.open_id, {
        openId: u.open_id,
        userId: u.user_id || undefined,
        name: u.name,
        email: u.enterprise_email || u.email || undefined,
        mobile: u.mobile || undefined,
        jobTitle: u.job_title || undefined,
        departmentIds: [dept.id],
      });
    }
  }
  onProgress?.(`人员 ${users.size} 人`);
  return { departments, users: [...users.values()] };
}

interface Page<T> {
  code?: number;
  msg?: string;
  data?: { has_more?: boolean; page_token?: string; items?: T[] };
}

/** Every item of a paginated list, page by page, failing with the Feishu code on an error. */
async function* pages<T>(what: string, fetchPage: (token?: string) => Promise<Page<T>>): AsyncGenerator<T> {
  let token: string | undefined;
  for (let n = 0; n < 10_000; n++) {
    let res: Page<T>;
    try {
      res = checkBody(await fetchPage(token), what);
    } catch (e) {
      throw toApiError(e, what);
    }
    for (const item of res.data?.items ?? []) yield item;
    if (!res.data?.has_more || !res.data.page_token) return;
    token = res.data.page_token;
  }
}

/** readDirectory with an SDK client made from the Feishu settings (for the command line). */
export async function readDirectoryWith(
  cfg: NonNullable<Config["feishu"]>,
  log: Logger,
  onProgress?: (msg: string) => void,
): Promise<Directory> {
  return readDirectory(await createFeishuClient(cfg, log), onProgress);
}
