/** Credentials shared by the bench's app server and its clients (never real ones). */
export const BENCH_FEISHU = {
  appId: "cli_0000000000bec400",
  appSecret: "bench-app-secret-5b1d",
  encryptKey: "bench-encrypt-key-77c2",
  verificationToken: "bench-verification-token-e3f0",
};
