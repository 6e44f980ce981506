"use client";

import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES, LOCALE_NAMES, type TLocale } from "@/lib/i18n/locales";

/** A labelled list of languages and a button (no change on select alone: WCAG 3.2.2). */
export function LanguageSwitcher({
  locale,
  label,
  submitLabel,
}: {
  locale: TLocale;
  label: string;
  submitLabel: string;
}) {
  const id = useId();
  const [choice, setChoice] = useState<TLocale>(locale);
  const { execute, isPending } = useAction(setLocaleAction);
  return (
    <form
      className="flex flex-wrap items-end gap-2 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ locale: choice });
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <select
          id={id}
          name="locale"
          value={choice}
          onChange={(event) => setChoice(event.target.value as TLocale)}
          className="min-h-11 rounded-lg border border-neutral-400 bg-white px-3 text-base"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={isPending || choice === locale}
        className="min-h-11 rounded-lg border border-neutral-300 bg-white px-4 text-sm font-medium hover:bg-neutral-100 disabled:text-neutral-500"
      >
        {submitLabel}
      </button>
    </form>
  );
}
