/**
 * KNOWN WEAKNESS PROBE, not part of the suite (no `.test.ts`): averaging trackers over fresh paddings.
 *
 * One padded tracker (tracker.test.ts) gives the target's sex plus the noise of four tables (variance 12).
 * Each repetition with new padding years draws new noise, so averaging k trackers shrinks it by √k. DIFF
 * lets every one through (each side of every pairwise difference is ≥ 10), and the budget (1000 outputs)
 * allows ~250 trackers. This script measures how often the attacker guesses the sex right.
 *
 * Run: npx tsx test/attacks/known-weakness/tracker-averaging.ts [targets] [repetitions]
 */
import { AttackEngine } from '../support/attack-engine';
import { refusalsOf, tablesOf } from '../support/published';
import { personsWhere } from '../support/scripts';
import { personsPerYear, uniqueBirthMonths } from '../support/truth';

const targetCount = Number(process.argv[2] ?? 4);
const repetitions = Number(process.argv[3] ?? 25);
const year = (y: number) => `(faarmnd >= ${y}00 & faarmnd < ${y + 1}00)`;

const engine = await AttackEngine.open();
try {
  const perYear = await personsPerYear(engine);
  const targets = (await uniqueBirthMonths(engine)).filter((t) => t.month < 192000).slice(0, targetCount);
  // Padding years: at least 10 persons, outside the 1960s base and the targets' years (before 1920).
  const padding = [...perYear]
    .filter(([y, n]) => n >= 10 && y >= 1920 && (y < 1960 || y >= 1970) && y <= 2023)
    .map(([y]) => y)
    .sort((a, b) => a - b);
  const reps = Math.min(repetitions, Math.floor(padding.length / 3));
  let right = 0;
  for (const t of targets) {
    let script = 'require no.ssb.fdb:12 as db\n';
    for (let k = 0; k < reps; k++) {
      const [r, p, q] = [padding[3 * k]!, padding[3 * k + 1]!, padding[3 * k + 2]!].map(year);
      const base = `(faarmnd >= 196000 & faarmnd < 197000) | ${r}`;
      const me = `faarmnd == ${t.month}`;
      script += `${personsWhere(`a${k}`, `${base} | ${p} | ${me}`)}tabulate kjonn, nolabels\n`;
      script += `${personsWhere(`b${k}`, `${base} | ${q} | ${me}`)}tabulate kjonn, nolabels\n`;
      script += `${personsWhere(`c${k}`, `${base} | ${p} | ${q} | ${me}`)}tabulate kjonn, nolabels\n`;
      script += `${personsWhere(`d${k}`, base)}tabulate kjonn, nolabels\n`;
    }
    const started = Date.now();
    const { outputs } = await engine.run(script);
    const tables = tablesOf(outputs);
    const count = (i: number, sex: string) =>
      tables[i]?.rows.find((r) => r.header[0] === sex)?.cells[0]?.value ?? 0;
    const estimate = (sex: string) => {
      let sum = 0;
      for (let k = 0; k < reps; k++)
        sum += count(4 * k, sex) + count(4 * k + 1, sex) - count(4 * k + 2, sex) - count(4 * k + 3, sex);
      return sum / reps;
    };
    const guess = estimate('1') > estimate('2') ? '1' : '2';
    if (guess === t.sex) right++;
    console.log(
      `target ${t.month}: refusals=${refusalsOf(outputs).length} tables=${tables.length} estimate(1)=${estimate('1').toFixed(2)} estimate(2)=${estimate('2').toFixed(2)} truth=${t.sex} guess=${guess} seconds=${((Date.now() - started) / 1000).toFixed(1)}`,
    );
  }
  console.log(`repetitions=${reps} right=${right}/${targets.length} budget used=${engine.gate.budget.used}`);
} finally {
  await engine.close();
}
