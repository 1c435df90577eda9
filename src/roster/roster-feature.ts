import type { Feature } from "../app.js";
import { addPersonCommand, type RosterFeatureState } from "./add-person-command.js";

/** Roster upkeep from chat: 「添加 姓名 科室」 for admins (roster sync is on the command line). */
export const rosterFeature: Feature = {
  name: "roster",
  install(services, config) {
    // Never write into the shipped example, whether found by default or named in ORG_FILE.
    const example = config.orgIsExample || /\.example\.json$/i.test(config.orgFile);
    const state: RosterFeatureState = { orgFile: config.orgFile, writable: !example };
    services.features.roster = state;
    return [addPersonCommand];
  },
};
