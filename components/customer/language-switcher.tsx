"use client";

import { setLocaleAction } from "@/lib/actions/locale";
import { useActionForm } from "@/lib/actions/use-action-form";
import { LOCALES, LOCALE_NAMES, type TLocale } from "@/lib/i18n/locales";
import { cn } from "@/components/ui/cn";

/**
 * One button per language, each named in its own language: one press changes it (a select that
 * needed a second, greyed-out button confused people). The current one is marked, not disabled,
 * so it stays readable and focusable.
 */
export function LanguageSwitcher({ locale, label }: { locale: TLocale; label: string }) {
  const { execute, isPending } = useActionForm(setLocaleAction);
  return (
    <div role="group" aria-label={label} className="flex flex-col gap-1 print:hidden">
      <span aria-hidden className="text-sm font-medium">
        {label}
      </span>
      <div className="flex flex-wrap gap-1">
        {LOCALES.map((l) => {
          const current = l === locale;
          return (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={current}
              disabled={isPending}
              onClick={() => (current ? undefined : execute({ locale: l }))}
              className={cn(
                "min-h-11 rounded-lg px-3 text-sm font-medium",
                current
                  ? "bg-neutral-900 text-white"
                  : "border border-neutral-300 bg-white text-neutral-900 hover:bg-neutral-100",
              )}
            >
              {LOCALE_NAMES[l]}
            </button>
          );
        })}
      </div>
    </div>
  );
}
