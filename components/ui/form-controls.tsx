import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

// Every form control in Abo is built the same way: a visible label, the hint and the error beside
// the control and tied to it with aria-describedby (screen readers read them), 44 px targets.

type TNotes = { hint?: ReactNode; error?: string | string[] };

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The first message when a schema gave several. */
export function firstMessage(error: TNotes["error"]): string | undefined {
  return Array.isArray(error) ? error[0] : error;
}

export function FieldNotes({ id, hint, error }: { id: string } & TNotes) {
  const message = firstMessage(error);
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-neutral-700">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {message}
        </p>
      ) : null}
    </>
  );
}

const boxClass = (error: unknown) =>
  cn(
    "min-h-11 w-full min-w-0 rounded-lg border bg-white px-3 py-2 text-base text-neutral-900",
    error ? "border-red-700" : "border-neutral-400",
  );

function Label({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="text-sm font-medium text-neutral-900">
      {children}
    </label>
  );
}

/** A labelled text input. */
export function Field({
  label,
  error,
  hint,
  className,
  id,
  ...input
}: { label: string; className?: string } & TNotes & ComponentProps<"input">) {
  const generated = useId();
  const inputId = id ?? generated;
  const message = firstMessage(error);
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <Label htmlFor={inputId}>{label}</Label>
      <input
        id={inputId}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(inputId, hint, message)}
        className={boxClass(message)}
        {...input}
      />
      <FieldNotes id={inputId} hint={hint} error={message} />
    </div>
  );
}

export type TOption = { value: string; label: string };

export function SelectField({
  label,
  hint,
  error,
  options,
  className,
  ...select
}: { label: string; options: TOption[]; className?: string } & TNotes & ComponentProps<"select">) {
  const id = useId();
  const message = firstMessage(error);
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        className={boxClass(message)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={message} />
    </div>
  );
}

export function TextareaField({
  label,
  hint,
  error,
  className,
  ...input
}: { label: string; className?: string } & TNotes & ComponentProps<"textarea">) {
  const id = useId();
  const message = firstMessage(error);
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <Label htmlFor={id}>{label}</Label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, hint, message)}
        className={boxClass(message)}
        {...input}
      />
      <FieldNotes id={id} hint={hint} error={message} />
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  className,
  ...input
}: { label: ReactNode; className?: string } & TNotes & Omit<ComponentProps<"input">, "type">) {
  const id = useId();
  const message = firstMessage(error);
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, hint, message)}
          className="mt-0.5 size-6 shrink-0 accent-neutral-900"
          {...input}
        />
        <label htmlFor={id} className="min-h-11 text-base">
          {label}
        </label>
      </div>
      <FieldNotes id={id} hint={hint} error={message} />
    </div>
  );
}

/** A group of checkboxes or fields with a legend, and one error for the group. */
export function FieldGroup({
  legend,
  error,
  hint,
  children,
  className,
}: { legend: string; children: ReactNode; className?: string } & TNotes) {
  const id = useId();
  return (
    <fieldset
      className={cn("flex flex-col gap-2", className)}
      aria-describedby={describedBy(id, hint, firstMessage(error))}
    >
      <legend className="mb-1 text-sm font-medium text-neutral-900">{legend}</legend>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export type TRadioOption = { value: string; label: ReactNode; hint?: ReactNode };

/** Radio buttons in a fieldset; the legend names the question, the error follows it. */
export function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  options: TRadioOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium text-neutral-900">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-neutral-300 bg-white p-3 has-[:checked]:border-neutral-900"
        >
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
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}
