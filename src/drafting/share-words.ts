/**
 * Whether two texts, each with its frame words replaced by 「|」, share a run of `n` content
 * characters: how the offline drafter tells that two updates are about the same work, or that a
 * plan item answers a reported problem.
 */
export function sharesRun(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) {
    const piece = a.slice(i, i + n);
    if (!piece.includes("|") && b.includes(piece)) return true;
  }
  return false;
}
