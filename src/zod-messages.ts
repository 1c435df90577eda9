import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini carries no messages of its own: without a locale every issue reads "Invalid input".
 * Classic zod registers English when its first schema is built; the schemas parsed before the
 * app (and classic zod) has loaded — the settings, the inbox — call this first, so that their
 * messages are the same as classic zod's. An explicit locale set earlier is kept.
 */
export function useEnglishMessages(): void {
  if (!z.config().localeError) z.config(en());
}
