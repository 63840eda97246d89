// Token bucket rate limiter (in memory). Nothing to do with payments:
// "tokens" are request credits and the key is the client IP.
class TokenBucket {
  constructor({ capacity, refillPerSecond }) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.buckets = new Map();
  }

  take(key, amount = 1) {
    const now = Date.now();
    const bucket = this.buckets.get(key) || { tokens: this.capacity, updatedAt: now };
    const elapsed = (now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * this.refillPerSecond);
    bucket.updatedAt = now;
    const allowed = bucket.tokens >= amount;
    if (allowed) bucket.tokens -= amount;
    this.buckets.set(key, bucket);
    if (!allowed) {
      // ok: logged-secret
      console.log(`rate limited key=${key} tokens=${bucket.tokens.toFixed(2)}`);
    }
    return allowed;
  }
}

module.exports = { TokenBucket };
