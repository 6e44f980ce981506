import { env } from "@/lib/env";
import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";
import { getShopLogo } from "@/lib/server/merchant/get-shop-logo";

// The shop's logo, public on purpose: customer pages, emails and receipts show it to anyone. The
// bytes were checked to be PNG or JPEG when uploaded; nosniff and a closed CSP keep it an image.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  // The same bytes for every viewer (emails open it without a session): the installation's shop, as
  // the system. Before /setup there is no merchant: Abo's default, as for a shop without a logo.
  const merchantId = await installationMerchantId();
  const logo = merchantId ? await getShopLogo(await systemContext({ merchantId })) : null;
  // No logo of the shop's own: Abo's default, so the address always shows an image.
  if (!logo) return Response.redirect(new URL("/logo-default.svg", env().APP_URL), 302);
  const versioned = new URL(request.url).searchParams.get("v") === logo.hash.slice(0, 16);
  return new Response(logo.bytes, {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
      // A versioned address never changes content; the bare one is revalidated.
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
      ETag: `"${logo.hash.slice(0, 32)}"`,
    },
  });
}
