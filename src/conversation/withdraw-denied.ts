/**
 * A no said right before a verb — 别删、不要撤、莫删、甭撤、不用删, with 再 or 急着 between (别再删、不要急着撤): the verb
 * is what is not wanted done. 要不 (「要不删了吧」: how about) is no no. One source for correction-request.ts,
 * everyday-command.ts and verb-object.ts, which read the same class (review38).
 */
export const NO_BEFORE_VERB = "(?:别|不要|不用|莫|甭|勿|覅|嫑|(?<!要)不)(?:再|急着)?";
