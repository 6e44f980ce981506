import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// The controls components/ui/field.tsx does not cover (select, checkbox, textarea), built the same
// way: a visible label, the hint and the error beside the control and tied to it for screen readers.

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-neutral-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

type TOption = { value: string; label: string };

export function SelectField({
  label,
  hint,
  error,
  options,
  className,
  ...select
}: { label: string; hint?: ReactNode; error?: string; options: TOption[]; className?: string } & ComponentProps<"select">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-neutral-900">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn("min-h-11 rounded-lg border bg-white px-3 py-2 text-base", error ? "border-red-700" : "border-neutral-400")}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  className,
  ...input
}: { label: ReactNode; hint?: ReactNode; error?: string; className?: string } & Omit<ComponentProps<"input">, "type">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="size-5 shrink-0 accent-neutral-900"
          {...input}
        />
        <label htmlFor={id} className="flex min-h-11 items-center text-base">
          {label}
        </label>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextareaField({
  label,
  hint,
  error,
  className,
  ...input
}: { label: string; hint?: ReactNode; error?: string; className?: string } & ComponentProps<"textarea">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-neutral-900">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn("rounded-lg border bg-white px-3 py-2 text-base", error ? "border-red-700" : "border-neutral-400")}
        {...input}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of checkboxes or fields with a legend, and one error for the group. */
export function FieldGroup({ legend, error, hint, children, className }: { legend: string; error?: string; hint?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <fieldset className={cn("flex flex-col gap-2", className)} aria-describedby={describedBy(id, hint, error)}>
      <legend className="mb-1 text-sm font-medium text-neutral-900">{legend}</legend>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}
