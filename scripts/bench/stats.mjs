/** Middle value of a sample (mean of the two middle ones when even); NaN when empty. */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Largest value of a sample, 0 when empty. */
export function max(values) {
  return Math.max(0, ...values);
}

/** Milliseconds for a table: two decimals under 10 ms, one under 100, whole above. */
export function ms(value) {
  if (!Number.isFinite(value)) return '–';
  return value < 10
    ? value.toFixed(2)
    : value < 100
      ? value.toFixed(1)
      : Math.round(value).toLocaleString('en');
}

/** A figure through `format`, signed when negative (noise can make an added cost negative), or "–" without one. */
export function signed(value, format) {
  return Number.isFinite(value) ? `${value < 0 ? '−' : ''}${format(Math.abs(value))}` : '–';
}

/** Milliseconds, signed when negative, or "–" without a figure. */
export function signedMs(value) {
  return signed(value, ms);
}

/** A ratio for a table, e.g. `12.3×`. */
export function times(value) {
  if (!Number.isFinite(value)) return '–';
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)}×`;
}

/** Bytes as KB or MB. */
export function bytes(value) {
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${Math.round(value / 1e3)} KB`;
}
