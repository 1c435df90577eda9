import { copyFile } from "node:fs/promises";
import { type Org, parseOrg } from "../domain/org.js";
import { loadOrgFile } from "../load-org.js";
import { readTextIfExists, writeFileAtomic } from "../store/atomic-file.js";
import { Mutex } from "../store/mutex.js";

/**
 * Writing the roster file, for roster sync and for 「添加」 from chat: the new roster is checked
 * with the same rules as at start-up, the old file is kept beside it as a timestamped backup,
 * and the write is atomic (a crash leaves the old or the new file, never half of one). Changes
 * in this process are serialised per file; a change re-reads the file first, so an edit an
 * administrator saved meanwhile is kept.
 */
const locks = new Map<string, Mutex>();
const lockOf = (file: string) => {
  let m = locks.get(file);
  if (!m) {
    m = new Mutex();
    locks.set(file, m);
  }
  return m;
};

export interface RosterWrite {
  org: Org;
  /** The previous file's copy, when there was one. */
  backup?: string;
}

/** Replace the roster file with `org` (validated first). */
export function writeRosterFile(file: string, org: Org, now = new Date()): Promise<RosterWrite> {
  return lockOf(file).run(() => write(file, org, now));
}

/** Read the file as it is now, apply `change`, validate and write it back. */
export function updateRosterFile(
  file: string,
  change: (org: Org) => Org,
  now = new Date(),
): Promise<RosterWrite> {
  return lockOf(file).run(async () => write(file, change(await loadOrgFile(file)), now));
}

async function write(file: string, org: Org, now: Date): Promise<RosterWrite> {
  const checked = parseOrg(org, file);
  let backup: string | undefined;
  if ((await readTextIfExists(file)) !== undefined) {
    backup = `${file}.${now.toISOString().replace(/[:.]/g, "-")}.bak`;
    await copyFile(file, backup);
  }
  await writeFileAtomic(file, `${JSON.stringify(checked, null, 2)}\n`);
  return { org: checked, backup };
}
