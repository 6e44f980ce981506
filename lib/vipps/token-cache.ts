// Access tokens are cached per credential set and refreshed before they expire (5 minutes early,
// or at 90% of the lifetime for short test tokens). Concurrent callers share one token request.

type TCached = { token: string; refreshAt: number };

const cache = new Map<string, TCached>();
const inflight = new Map<string, Promise<string>>();

export async function cachedToken(
  key: string,
  fetchToken: () => Promise<{ token: string; expiresInSeconds: number }>,
) {
  const hit = cache.get(key);
  if (hit && hit.refreshAt > Date.now()) return hit.token;
  const running = inflight.get(key);
  if (running) return running;
  const request = fetchToken()
    .then(({ token, expiresInSeconds }) => {
      const lifetimeMs = expiresInSeconds * 1000;
      const refreshAt = Date.now() + Math.max(lifetimeMs - 5 * 60_000, lifetimeMs * 0.9);
      cache.set(key, { token, refreshAt });
      return token;
    })
    .finally(() => inflight.delete(key));
  inflight.set(key, request);
  return request;
}

export function forgetToken(key: string): void {
  cache.delete(key);
}
