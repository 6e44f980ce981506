// Input of the settings page's "Look" form: the brand colour and the logo (sent as a data URL,
// read in the browser, so it travels through the action client like any other field).
import { z } from "zod";
import {
  contrastOnWhite,
  LOGO_MAX_BYTES,
  MIN_CONTRAST_ON_WHITE,
  parseHexColour,
  sniffLogoType,
} from "@/lib/domain/shop-look";

const DATA_URL = /^data:[a-z/+.-]*;base64,([A-Za-z0-9+/]*={0,2})$/;
// Base64 is 4/3 of the bytes: refuse before decoding anything larger.
const MAX_DATA_URL = Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64;

export const ZBrandingInput = z
  .object({
    /** "" removes the colour (the default blue returns). */
    brandColor: z.string().max(20, "Enter a colour like #1d4ed8"),
    /** A new logo; "" keeps the current one. */
    logo: z.string().max(MAX_DATA_URL, "The logo must be 200 KB or smaller"),
    removeLogo: z.boolean(),
  })
  .transform((v, ctx) => {
    let brandColor: string | null = null;
    if (v.brandColor.trim()) {
      brandColor = parseHexColour(v.brandColor);
      const ratio = brandColor ? contrastOnWhite(brandColor) : 0;
      if (!brandColor)
        ctx.addIssue({ code: "custom", path: ["brandColor"], message: "Enter a colour like #1d4ed8" });
      else if (ratio < MIN_CONTRAST_ON_WHITE)
        ctx.addIssue({
          code: "custom",
          path: ["brandColor"],
          message: `Too light for white text: contrast ${ratio.toFixed(1)}:1, needs ${MIN_CONTRAST_ON_WHITE}:1. Choose a darker shade.`,
        });
    }
    let logo: { bytes: Uint8Array<ArrayBuffer>; contentType: string } | null = null;
    if (v.logo) {
      const match = DATA_URL.exec(v.logo);
      const bytes = match ? Uint8Array.from(atob(match[1]!), (c) => c.charCodeAt(0)) : new Uint8Array();
      const contentType = sniffLogoType(bytes);
      if (!contentType)
        ctx.addIssue({ code: "custom", path: ["logo"], message: "Choose a PNG or JPEG image" });
      else if (bytes.length > LOGO_MAX_BYTES)
        ctx.addIssue({ code: "custom", path: ["logo"], message: "The logo must be 200 KB or smaller" });
      else logo = { bytes, contentType };
    }
    // Every field's message at once; nothing is saved while any is wrong.
    if (ctx.issues.length > 0) return z.NEVER;
    return { brandColor, logo, removeLogo: v.removeLogo && !logo };
  });

export type TBrandingInput = z.output<typeof ZBrandingInput>;
