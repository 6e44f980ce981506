import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-neutral-100 text-neutral-800 ring-neutral-300",
  green: "bg-green-50 text-green-900 ring-green-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  red: "bg-red-50 text-red-900 ring-red-300",
  blue: "bg-blue-50 text-blue-900 ring-blue-300",
} as const;

export type TBadgeTone = keyof typeof TONES;

export function Badge({
  tone = "neutral",
  title,
  children,
}: {
  tone?: TBadgeTone;
  /** Shown on hover: e.g. the status code behind the words. */
  title?: string;
  children: ReactNode;
}) {
  return (
    <span
      title={title}
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset",
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}
