// Rounding for reported figures: enough precision to be honest, few enough digits to read.

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * factor) / factor;
}
