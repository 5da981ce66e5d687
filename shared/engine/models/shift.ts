import { Matrix } from 'ml-matrix';

/**
 * Undoes the centring of columns: with zⱼ = xⱼ − sⱼ the slopes are the same and the constant absorbs Σ sⱼ·βⱼ, so
 * β = T·γ with T the identity except the constant's row (−sⱼ), and V(β) = T·V(γ)·T'. `constant` indexes the
 * constant in the kept columns; `shifts` are the kept columns' shifts; `yShift` is added back to the constant.
 */
export function unshift(
  gamma: readonly number[],
  vcov: Matrix,
  shifts: readonly number[],
  constant: number | null,
  yShift = 0,
): { beta: number[]; vcov: Matrix } {
  if (constant === null) return { beta: [...gamma], vcov };
  const k = gamma.length;
  const t = Matrix.eye(k);
  for (let j = 0; j < k; j++) if (j !== constant) t.set(constant, j, -shifts[j]!);
  const beta = [...gamma];
  beta[constant] = yShift + gamma.reduce((acc, g, j) => acc + t.get(constant, j) * g, 0);
  return { beta, vcov: t.mmul(vcov).mmul(t.transpose()) };
}
