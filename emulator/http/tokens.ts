import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

// Access tokens are HS256 JWTs signed with a key kept in the emulator's state, so they survive a
// restart. Expiry is wall-clock time, never the emulator clock: moving the business clock forward
// by days must not log the merchant out (a documented deviation).

export type TokenClaims = {
  sub: string;
  msn: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
  iss: string;
  aud: string;
};

export const TOKEN_RESOURCE = "00000002-0000-0000-c000-000000000000";

const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");
const HEADER = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

export function issueToken(
  key: string,
  input: { clientId: string; msn: string; issuer: string; ttlSeconds: number; nowSeconds?: number },
): { token: string; claims: TokenClaims } {
  const iat = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  const claims: TokenClaims = {
    sub: input.clientId,
    msn: input.msn,
    iat,
    nbf: iat,
    exp: iat + input.ttlSeconds,
    jti: randomUUID(),
    iss: input.issuer,
    aud: TOKEN_RESOURCE,
  };
  const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  const signature = createHmac("sha256", key).update(body).digest("base64url");
  return { token: `${body}.${signature}`, claims };
}

export type Verified =
  { ok: true; claims: TokenClaims } | { ok: false; reason: "malformed" | "signature" | "expired" };

/** Verifies signatures once per token; later calls only check expiry. */
export class TokenVerifier {
  private cache = new Map<string, TokenClaims>();

  constructor(private key: string) {}

  setKey(key: string): void {
    if (key !== this.key) this.cache.clear();
    this.key = key;
  }

  verify(token: string, nowSeconds = Date.now() / 1000): Verified {
    let claims = this.cache.get(token);
    if (!claims) {
      const parts = token.split(".");
      if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: "malformed" };
      const expected = createHmac("sha256", this.key).update(`${parts[0]}.${parts[1]}`).digest();
      const given = Buffer.from(parts[2] ?? "", "base64url");
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: "signature" };
      try {
        claims = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8")) as TokenClaims;
      } catch {
        return { ok: false, reason: "malformed" };
      }
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(token, claims);
    }
    if (nowSeconds >= claims.exp || nowSeconds < claims.nbf - 300) return { ok: false, reason: "expired" };
    return { ok: true, claims };
  }
}
