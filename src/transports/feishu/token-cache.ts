/**
 * The SDK caches the tenant_access_token in a process-wide default cache and offers no way to
 * drop it. We pass our own cache to the Client so a token Feishu reports as invalid
 * (99991663 / 99991661) can be forgotten and re-fetched on the next call.
 */
export interface ClearableCache {
  get(key: unknown, options?: { namespace?: string }): Promise<unknown>;
  set(key: unknown, value: unknown, expiredTime?: number, options?: { namespace?: string }): Promise<boolean>;
  /** Forget every cached value (tokens included). */
  clear(): void;
}

export function createTokenCache(now: () => number = Date.now): ClearableCache {
  const values = new Map<string, { value: unknown; expiredTime?: number }>();
  const keyOf = (key: unknown, ns?: string) => `${ns ?? ""}/${String(key)}`;
  return {
    async get(key, options) {
      const hit = values.get(keyOf(key, options?.namespace));
      if (!hit) return undefined;
      if (hit.expiredTime && hit.expiredTime <= now()) return undefined;
      return hit.value;
    },
    async set(key, value, expiredTime, options) {
      values.set(keyOf(key, options?.namespace), { value, expiredTime });
      return true;
    },
    clear() {
      values.clear();
    },
  };
}

/**
 * Put a tenant_access_token fetched without the SDK where the SDK's TokenManager looks for it:
 * key `Symbol("tenant-access-token")` (the SDK's CTenantAccessToken; this cache keys by the
 * symbol's description), namespace = the app id. Should a later SDK name it differently, it
 * merely asks for a token of its own (test/feishu-ready-early.test.ts notices).
 */
export function primeTenantToken(
  cache: ClearableCache,
  appId: string,
  token: string,
  expiresAt: number,
): void {
  void cache.set(Symbol("tenant-access-token"), token, expiresAt, { namespace: appId });
}
