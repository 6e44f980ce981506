import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

/**
 * Who is asking: the address the web server (scripts/web.ts) took from the socket, or through a
 * trusted proxy, and wrote into this header over anything the client sent. `next dev` has no such
 * server: there every request counts as "local".
 */
export function clientAddressOf(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "local";
}
