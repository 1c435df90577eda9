import { createDecipheriv, createHash } from "node:crypto";

/**
 * Decrypt the `encrypt` field of a Feishu event or callback body.
 *
 * Feishu encrypts with AES-256-CBC: key = sha256(encryptKey), the first 16 bytes of the
 * base64-decoded data are the IV, the rest is the PKCS#7-padded ciphertext. Throws on a wrong
 * key or corrupted data (bad padding) — callers treat that as an unauthenticated request.
 */
export function decryptFeishu(encryptKey: string, encrypted: string): string {
  const key = createHash("sha256").update(encryptKey).digest();
  const data = Buffer.from(encrypted, "base64");
  if (data.length < 32 || data.length % 16 !== 0) {
    throw new Error("encrypted payload has an invalid length");
  }
  const decipher = createDecipheriv("aes-256-cbc", key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString("utf8");
}
