/** Compares four-part datastore versions numerically (`30.1.0.0` < `30.10.0.0`). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A released version has draft number 0 (the fourth part). */
export function isReleased(version: string): boolean {
  return Number(version.split('.')[3] ?? 0) === 0;
}
