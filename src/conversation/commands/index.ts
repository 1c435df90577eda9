import type { Command } from "../types.js";
import { bindingCommands } from "./binding.js";
import { confirmCommands } from "./confirm.js";
import { withdrawCommands } from "./withdraw-restore.js";
import { coreCommandsBase } from "./core.js";
import { othersReportsCommands } from "./others-reports.js";
import { figuresAskedCommands } from "./figures-asked.js";
import { correctCommands } from "../correct-update.js";
import { editCommands } from "../edit-update.js";
import { askReportCommands } from "../respond-intent.js";
import { askCommandCommands } from "../ask-command.js";
import { replaceBehalfCommands } from "../behalf-duplicate.js";

/** The intake commands every deployment has; features add theirs in src/app.ts. */
export const coreCommands: Command[] = [
  ...coreCommandsBase,
  ...confirmCommands,
  ...withdrawCommands,
  ...editCommands,
  ...correctCommands,
  ...askReportCommands,
  ...askCommandCommands,
  ...bindingCommands,
  ...othersReportsCommands,
  ...figuresAskedCommands,
  ...replaceBehalfCommands,
];
