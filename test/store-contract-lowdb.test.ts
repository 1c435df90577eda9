import { openStore } from "../src/store/open-store.js";
import { storeContract } from "./helpers/store-contract.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/** The Store contract against the embedded store (files in DATA_DIR; one process owns a directory). */
useTmpDirs();

storeContract({
  name: "lowdb",
  open: (opts) => openStore(makeTmpDir(), { now: opts?.now, log: () => {} }),
  reopen: async (s, opts) => {
    await s.close();
    return openStore(s.dataDir, { now: opts?.now, log: () => {} });
  },
});
