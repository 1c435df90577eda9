import { openPgStore } from "../src/store/pg/open-pg-store.js";
import type { Store } from "../src/store/types.js";
import { storeContract } from "./helpers/store-contract.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";
import { usePgServer } from "./helpers/use-pg-server.js";

/** The Store contract against PostgreSQL: a fresh database per test, on one server per file. */
useTmpDirs();
const { describePg, server } = usePgServer();
const urls = new WeakMap<Store, string>();

async function openAt(url: string, now?: () => Date): Promise<Store> {
  const s = await openPgStore(url, { dataDir: makeTmpDir(), now, log: () => {} });
  urls.set(s, url);
  return s;
}

describePg("PostgreSQL store", () => {
  storeContract({
    name: "postgres",
    open: async (opts) => openAt(await server().createDatabase(), opts?.now),
    reopen: async (s, opts) => {
      await s.close();
      return openAt(urls.get(s)!, opts?.now);
    },
    twin: (s, opts) => openAt(urls.get(s)!, opts?.now),
  });
});
