/**
 * A long run of work done told in one breath (「选派特派员四十二名，覆盖十二个镇，建了示范基地五个，
 * 面积三千二百亩，培训农民一百二十场次，培训了六千多人次，帮助群众增收一千五百万元」) lists several
 * jobs: a colleague writes them down as separate items. The run is cut before a piece that starts a
 * new job with a verb of its own; a piece that only measures or extends the job before it (面积…、
 * 覆盖…、其中…) and the same verb said again (培训农民…，培训了…) stay with it. Short runs stay whole.
 */

/** Verbs that start a job of their own, after an optional adverb or time word. */
const JOB_VERB =
  /^(?:今年|全年|还|又|并|同时|另外|此外|共|累计|先后|陆续|全县|我们|我局)*(选派|新建|建成|建了|修建|培训|举办|办了|开展|组织|帮助|帮|协助|走访|发放|推广|引进|认定|申报|争取|召开|调解|查处|排查|整改|新增|实施|改造|安装|打造|创建|办理|受理|招聘|招录|慰问|救助|签约|签订|征收|拨付|兑付|完成)/;

/** Fewer pieces than this read as one job told with its details. */
const MIN_PIECES = 4;

export function splitJobs(text: string): string[] {
  const pieces = text.split(/(?<=[，,])/);
  if (pieces.length < MIN_PIECES) return [text];
  const out: string[] = [];
  let lastVerb = "";
  for (const piece of pieces) {
    const verb = JOB_VERB.exec(piece.trim())?.[1] ?? "";
    const same = verb !== "" && lastVerb !== "" && verb.slice(0, 1) === lastVerb.slice(0, 1);
    if (verb && !same && out.length > 0) out.push(piece);
    else if (out.length > 0) out[out.length - 1] += piece;
    else out.push(piece);
    if (verb) lastVerb = verb;
  }
  return out.map((p) => p.replace(/[，,\s]+$/, "")).filter((p) => p.length > 0);
}
