import Link from "next/link";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TTranslator } from "@/lib/i18n/translator";
import { cn } from "@/components/ui/cn";

/** Links to the same page in each market the shop sells in; the current one is marked. */
export function MarketSwitcher({
  t,
  markets,
  current,
  basePath,
}: {
  t: TTranslator;
  markets: Market[];
  current: Market;
  basePath: string;
}) {
  if (markets.length < 2) return null;
  return (
    <nav aria-label={t.m.country.label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-neutral-700">{t.m.shop.countryIntro}</span>
      {markets.map((market) => (
        <Link
          key={market}
          href={`${basePath}?market=${market}`}
          aria-current={market === current ? "page" : undefined}
          className={cn(
            "inline-flex min-h-11 items-center rounded-full border px-4",
            market === current
              ? "border-neutral-900 bg-neutral-900 text-white"
              : "border-neutral-300 bg-white hover:bg-neutral-100",
          )}
        >
          {t.m.country[market]}
        </Link>
      ))}
    </nav>
  );
}
