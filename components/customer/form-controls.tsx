import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// Form controls the shared Field (text inputs) does not cover, built the same way: a visible label,
// the hint and the error next to the control and tied to it with aria-describedby, 44 px targets.

function described(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
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

export function CheckboxField({ label, hint, error, className, ...input }: { label: ReactNode; hint?: ReactNode; error?: string; className?: string } & Omit<ComponentProps<"input">, "type">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={described(id, hint, error)}
          className="mt-0.5 size-6 shrink-0 accent-neutral-900"
          {...input}
        />
        <label htmlFor={id} className="min-h-11 text-base">
          {label}
        </label>
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextareaField({ label, hint, error, className, ...input }: { label: string; hint?: ReactNode; error?: string; className?: string } & ComponentProps<"textarea">) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-neutral-900">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, hint, error)}
        className={cn("min-h-11 rounded-lg border bg-white px-3 py-2 text-base", error ? "border-red-700" : "border-neutral-400")}
        {...input}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export type TRadioOption = { value: string; label: ReactNode; hint?: ReactNode };

/** A group of radio buttons in a fieldset; the legend names the question, the error follows it. */
export function RadioGroup({ legend, name, options, value, onChange, error }: { legend: string; name: string; options: TRadioOption[]; value: string; onChange: (value: string) => void; error?: string }) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-neutral-900">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-neutral-300 bg-white p-3 has-[:checked]:border-neutral-900">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="mt-0.5 size-5 shrink-0 accent-neutral-900"
          />
          <span className="flex flex-col">
            <span className="font-medium">{option.label}</span>
            {option.hint ? <span className="text-sm text-neutral-700">{option.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
