// The merchant's look: a brand colour and a logo. Pure rules, shared by the settings form's
// validation, the customer pages, emails and receipts.

const HEX = /^#([0-9a-f]{6})$/i;

/** "#1D4ED8" → "#1d4ed8"; null for anything that is not a #rrggbb colour. */
export function parseHexColour(value: string): string | null {
  const match = HEX.exec(value.trim());
  return match ? `#${match[1]!.toLowerCase()}` : null;
}

// WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour carries white button text and is the link colour on white pages, so it needs the
 * WCAG AA ratio for normal text (4.5:1) against white.
 */
export const MIN_CONTRAST_ON_WHITE = 4.5;

export const contrastOnWhite = (hex: string) => contrastRatio(hex, "#ffffff");

/** What the logo may be: PNG or JPEG (what receipts' PDF library embeds), at most 200 KB. */
export const LOGO_MAX_BYTES = 200 * 1024;
export type TLogoType = "image/png" | "image/jpeg";

/** The image type the bytes themselves show (not what a file name or browser claims). */
export function sniffLogoType(bytes: Uint8Array): TLogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > 8 && png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** The logo's public address; the version makes a new logo bypass every cache. */
export const logoPath = (hash: string) => `/brand/logo?v=${hash.slice(0, 16)}`;

/** What a page, mail or receipt needs of the look: the colour and the logo's path (null: none). */
export type TShopLook = { color: string | null; logoPath: string | null };

/** For a Prisma `select` on Merchant: what `shopLookOf` reads. */
export const SHOP_LOOK_SELECT = { brandColor: true, logo: { select: { hash: true } } } as const;

export const shopLookOf = (merchant: {
  brandColor: string | null;
  logo: { hash: string } | null;
}): TShopLook => ({
  color: merchant.brandColor,
  logoPath: merchant.logo ? logoPath(merchant.logo.hash) : null,
});
