import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * Wide content (a table) scrolls inside its own box on a phone, so the page never scrolls
 * sideways; the box takes focus so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollBox({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={cn("max-w-full min-w-0 overflow-x-auto", className)}
      tabIndex={0}
      role="group"
      aria-label={label}
    >
      {children}
    </div>
  );
}
