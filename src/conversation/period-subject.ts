/**
 * 「待核实嗰几条唔理住 照定」「定稿那几处我再看看」: a command whose argument is a period (待核实、定稿、生成总结、导出、
 * 查看草稿), typed at the start and followed by things pointed at (那几条、这些、嗰两个) — no period can be pointed at so,
 * the command's word is the subject of a sentence, read by the rules below (command-as-typed.ts).
 */
const TAKES_PERIOD: ReadonlySet<string> = new Set(["待核实", "定稿", "生成总结", "导出", "查看草稿"]);
const POINTED = /^(?:的)?(?:那|这|嗰|𠮶|呢|哪)(?:几|些|两|一)?(?:条|个|项|处|些|块|部分)/u;

export function pointedAfterPeriodCommand(command: string, args: string): boolean {
  return TAKES_PERIOD.has(command) && POINTED.test(args.trim());
}
