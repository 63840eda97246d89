// Small KV read-through cache. "key" here is a KV key and the token bucket
// counts requests; nothing secret is stored.
export async function cached<T>(kv: KVNamespace, key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  const hit = await kv.get(key, 'json');
  if (hit !== null) return hit as T;
  const value = await load();
  await kv.put(key, JSON.stringify(value), { expirationTtl: Math.max(60, ttlSeconds) });
  return value;
}

export async function takeToken(kv: KVNamespace, clientKey: string, amount = 1, limit = 100): Promise<boolean> {
  const bucketKey = `bucket:${clientKey}:${Math.floor(Date.now() / 60000)}`;
  const used = Number((await kv.get(bucketKey)) ?? '0');
  if (used + amount > limit) {
    // ok: logged-secret
    console.log(`token bucket exhausted for ${clientKey}`);
    return false;
  }
  await kv.put(bucketKey, String(used + amount), { expirationTtl: 120 });
  return true;
}
