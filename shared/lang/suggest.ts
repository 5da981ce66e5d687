/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The known name closest to `name` (case-insensitive edit distance), or '' when none is close enough. */
export function closestName(name: string, known: Iterable<string>): string {
  const target = name.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(target.length / 3)));
  let best = '';
  let bestDistance = max + 1;
  for (const candidate of known) {
    const d = editDistance(target, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance || (d === bestDistance && best && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : '';
}
