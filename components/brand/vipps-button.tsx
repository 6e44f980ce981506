import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import type { TBrand } from "./brand";

// The "Continue with Vipps" / "Continue with MobilePay" button, in the brand's own colour (Vipps
// orange #FF5B24, MobilePay blue #5A78FF; FACTS §11: no recolouring). White text on those colours
// reaches WCAG AA only as large text, so the label is 20 px bold. The wording is one of the approved
// verbs ("Continue with"), passed in translated. Swap in the official design-toolkit artwork when
// the merchant has it; this keeps the same size, colour and words.
const COLOURS: Record<TBrand, string> = {
  Vipps: "bg-[#ff5b24]",
  MobilePay: "bg-[#5a78ff]",
};

export function VippsButton({
  brand,
  label,
  className,
  ...props
}: { brand: TBrand; label: string } & Omit<ComponentProps<"button">, "children">) {
  return (
    <button
      data-brand={brand}
      className={cn(
        "inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-full px-6 py-3 text-xl font-bold text-white shadow-sm transition-shadow hover:shadow-md disabled:cursor-wait disabled:opacity-80 sm:w-auto",
        COLOURS[brand],
        className,
      )}
      {...props}
    >
      {label}
    </button>
  );
}
