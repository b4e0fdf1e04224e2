/**
 * The first index in [0, n) for which `before(i)` is false, where `before` is true for a prefix of the indices and
 * false after it (items in order, asked "is this one still before what I look for?"); n when it is true for all.
 */
export function firstIndex(n: number, before: (i: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
