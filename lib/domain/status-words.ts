// Statuses as support reads them (the words are in the messages: support.status); the Vipps/Abo code
// stays one hover away (and in exports).

/** "PARTIALLY_CAPTURED" → "Partly captured"; an unknown code becomes plain words, never dropped. */
export const inWords = (words: Record<string, string>, code: string): string =>
  words[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " ");
