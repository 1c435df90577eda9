import type { Command } from "../types.js";
import { bindingCommands } from "./binding.js";
import { confirmCommands } from "./confirm.js";
import { coreCommandsBase } from "./core.js";

/** The intake commands every deployment has; features add theirs in src/app.ts. */
export const coreCommands: Command[] = [...coreCommandsBase, ...confirmCommands, ...bindingCommands];
