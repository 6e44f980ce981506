// Text PostgreSQL can store. A NUL character is refused by text columns ("invalid byte sequence")
// and by jsonb ("unsupported Unicode escape sequence"); a lone UTF-16 surrogate is refused by jsonb
// and silently turned into U+FFFD in text. Every text input is checked here, at the schema edge, so
// such input gets a message at its field instead of failing half-way through a write.
import { z } from "zod";

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  "Remove the invisible or broken characters (a NUL character or half an emoji) and try again";

/** False for text PostgreSQL cannot store: a NUL character or a lone UTF-16 surrogate. */
export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/**
 * A string PostgreSQL can store. Chain the usual checks after it (`storableText().trim().max(100)`);
 * `message` is what the field shows (forms of the customer portal pass a message key).
 */
export const storableText = (
  message: string = UNSTORABLE_TEXT_MESSAGE,
  params?: Parameters<typeof z.string>[0],
) => z.string(params).refine(isStorableText, { error: message });

/**
 * A number typed into a field: a string is read as a number, anything else is left for the number
 * schema to judge. (z.coerce.number would take true as 1 and null or [] as 0: wrong types accepted.)
 */
export const numberFromText = (value: unknown): unknown =>
  typeof value === "string" && value.trim() !== "" ? Number(value) : value;

/** Every string inside a parsed JSON value (keys too) is storable. For payloads we keep as jsonb. */
export const isStorableJson = (value: unknown): boolean => {
  if (typeof value === "string") return isStorableText(value);
  if (Array.isArray(value)) return value.every(isStorableJson);
  if (value && typeof value === "object")
    return Object.entries(value).every(([key, inner]) => isStorableText(key) && isStorableJson(inner));
  return true;
};
