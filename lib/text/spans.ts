/** Spans of text (UTF-16 offsets): one binary-search test shared by every stage that asks "is this already named?". */

export interface TextSpan {
  start: number;
  end: number;
}

/** A test "does [start, end) overlap one of these spans?"; the spans must not overlap each other. */
export function overlapTest(spans: readonly TextSpan[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (start, end) => {
    let lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = sorted[mid]!;
      if (m.end <= start) lo = mid + 1;
      else if (m.start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/** How many items of a list sorted by `key` come before `at` (binary search): the index of the first at or after it. */
export function countBefore<T>(sorted: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
