import { useId, type ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/** A labelled select with its error next to it (the select counterpart of components/ui/field.tsx). */
export function SelectField({ label, error, options, className, ...select }: { label: string; error?: string; options: { value: string; label: string }[] } & ComponentProps<"select">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-neutral-900">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn("min-h-11 rounded-lg border bg-white px-3 py-2 text-base", error ? "border-red-700" : "border-neutral-400")}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
