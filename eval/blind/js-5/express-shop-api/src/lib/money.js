/**
 * Converts a decimal price ("12.50", 12.5) to integer cents.
 */
function toCents(value) {
  const n = typeof value === 'string' ? parseFloat(value) : Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new RangeError(`invalid price: ${value}`);
  }
  return Math.round(n * 100);
}

function clampQuantity(q, max = 10) {
  const n = parseInt(q, 10);
  if (Number.isNaN(n) || n < 1) return 1;
  return Math.min(n, max);
}

module.exports = { toCents, clampQuantity };
