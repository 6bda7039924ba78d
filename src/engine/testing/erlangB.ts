/** Erlang B: the blocking probability of c servers offered a Erlangs, B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). The truth the loss-system tests check against. */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}
