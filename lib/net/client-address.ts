// Which address a request came from. Only the web server (scripts/web.ts) sees the socket, so it
// decides once per request and hands the answer to the app in CLIENT_ADDRESS_HEADER, overwriting
// anything a client sent under that name. X-Forwarded-For is believed only from a proxy listed in
// TRUSTED_PROXIES — any caller can write that header, so trusting it blindly hands out a fresh
// rate-limit allowance per request.
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-abo-client-address";

/** Parses TRUSTED_PROXIES: addresses and CIDR ranges, comma- or space-separated. */
export function trustedProxies(list: string | undefined): BlockList {
  const blocks = new BlockList();
  for (const entry of (list ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address ?? "") === 6 ? "ipv6" : "ipv4";
    if (!isIP(address ?? "")) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    if (bits === undefined) blocks.addAddress(address!, family);
    else blocks.addSubnet(address!, Number(bits), family);
  }
  return blocks;
}

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

function isTrusted(blocks: BlockList, address: string): boolean {
  const a = plain(address);
  const family = isIP(a);
  return family !== 0 && blocks.check(a, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy — then the
 * X-Forwarded-For chain is read from the right (each proxy appends), skipping trusted hops, and the
 * first untrusted address is the client. A malformed chain stops at the last hop we can vouch for.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  let client = plain(socketAddress ?? "unknown");
  if (!isTrusted(trusted, client)) return client;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = plain(chain[i]!);
    if (!isIP(hop)) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}
