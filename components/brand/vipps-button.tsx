import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import type { TBrand } from "./brand";

// The "Continue with Vipps" / "Continue with MobilePay" button, in the app's own colour (Vipps
// orange #FF5B24 in Norway, blue #5A78FF in Denmark and Finland; FACTS §11: no recolouring). The
// colour follows the market, not the name: when MobilePay becomes Vipps there (12 January 2027) the
// name and logo change but "the blue color stays the same" (Vipps's brand-change page). White text on those colours
// reaches WCAG AA only as large text, so the label is 20 px bold. The wording is one of the approved
// verbs ("Continue with"), passed in translated. Swap in the official design-toolkit artwork when
// the merchant has it; this keeps the same size, colour and words.
const COLOURS: Record<string, string> = {
  NO: "bg-[#ff5b24]",
  DK: "bg-[#5a78ff]",
  FI: "bg-[#5a78ff]",
};

export function VippsButton({
  brand,
  market,
  label,
  className,
  ...props
}: { brand: TBrand; market: string; label: string } & Omit<ComponentProps<"button">, "children">) {
  return (
    <button
      data-brand={brand}
      className={cn(
        "inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-full px-6 py-3 text-xl font-bold text-white shadow-sm transition-shadow hover:shadow-md disabled:cursor-wait disabled:opacity-80 sm:w-auto",
        COLOURS[market] ?? COLOURS.NO,
        className,
      )}
      {...props}
    >
      {label}
    </button>
  );
}
