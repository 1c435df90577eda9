/**
 * 「去敬老院讲了…」「去医院做了个检查」: after a verb of going (`going`, matched at the start of `rest`), every way of
 * cutting the place from what follows it, shortest place first (1 to `max` characters) — the place is not marked off,
 * so the readers of what was done there (spoken-work-done.ts, personal-errand.ts) try each cut.
 */
export function* placeCuts(
  rest: string,
  going: RegExp,
  max: number,
): Generator<{ place: string; after: string }> {
  const head = going.exec(rest)?.[0];
  if (!head) return;
  for (let cut = 1; cut <= max && head.length + cut < rest.length; cut++)
    yield { place: rest.slice(head.length, head.length + cut), after: rest.slice(head.length + cut) };
}
