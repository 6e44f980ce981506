import { format } from "@/lib/i18n/translator";

/** A duration in words for "seen … ago": seconds, then minutes, hours and days, in the given words. */
export function ago(
  seconds: number,
  words: { seconds: string; minutes: string; hours: string; days: string },
): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 120) return format(words.seconds, { count: s });
  if (s < 7_200) return format(words.minutes, { count: Math.floor(s / 60) });
  if (s < 172_800) return format(words.hours, { count: Math.floor(s / 3_600) });
  return format(words.days, { count: Math.floor(s / 86_400) });
}
