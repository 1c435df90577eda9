import { classifyError } from "./retry-llm.js";

/**
 * A model-service failure in words a leader understands (after 「模型服务调用失败：」), with who can fix it. The technical
 * detail (an SDK's "Cannot read properties of undefined", a JSON parser's message) belongs in
 * the log, not in the reply: a gateway answering with an HTML page or a bare string, a wrong
 * key, a wrong address, an overloaded service each get their own sentence.
 */
export function explainModelError(e: unknown): string {
  const c = classifyError(e);
  const status = (e as { status?: unknown })?.status;
  if (typeof status === "number") {
    if (status === 401 || status === 403)
      return `被拒绝访问（HTTP ${status}），多半是密钥不对或已失效，请管理员检查 OPENAI_API_KEY`;
    if (status === 404) return "找不到这个地址或模型（HTTP 404），请管理员检查 OPENAI_BASE_URL 和 LLM_MODEL";
    if (status === 429) return "服务繁忙，请求过多（HTTP 429），请稍后再试";
    if (status >= 500) return `服务暂时出错（HTTP ${status}），请稍后再试`;
    if (status === 400 || status === 422)
      return `服务不接受这次请求（HTTP ${status}），请管理员检查 LLM_MODEL 和 LLM_JSON_MODE`;
    return `服务返回错误（HTTP ${status}）`;
  }
  if (c.reason === "timeout") return "超时没有回应，请稍后再试";
  if (c.reason === "connection failed") return "连不上，请管理员检查网络和 OPENAI_BASE_URL";
  // Anything else: the response was not the API's JSON (an HTML login or error page, a bare
  // string, an empty object) and the client library tripped over it.
  return "返回的不是正常的接口数据（可能是网关的报错页或登录页），请管理员检查 OPENAI_BASE_URL";
}

/** A reply the model gave that is not the required JSON, in words for the leader. */
export function explainBadAnswer(error: string): string {
  const first = error.split("\n")[0] ?? "";
  if (first.startsWith("JSON 无法解析")) return "回答不是完整的 JSON";
  if (first.startsWith("JSON 格式不符合要求")) return "回答缺少要求的内容";
  return first;
}
