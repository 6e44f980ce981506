import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return (
    <section
      className={cn("min-w-0 rounded-xl border border-neutral-200 bg-white p-5 shadow-sm", className)}
      {...props}
    />
  );
}
