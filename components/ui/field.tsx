import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";

type TFieldProps = {
  label: string;
  error?: string | string[];
  hint?: ReactNode;
  className?: string;
};

/** A labelled input with its hint and error tied to it for screen readers. */
export function Field({ label, error, hint, className, id, ...input }: TFieldProps & ComponentProps<"input">) {
  const generated = useId();
  const inputId = id ?? generated;
  const message = Array.isArray(error) ? error[0] : error;
  const described = [hint ? `${inputId}-hint` : null, message ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-neutral-900">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={message ? true : undefined}
        aria-describedby={described}
        className={cn(
          "min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-neutral-900",
          message ? "border-red-700" : "border-neutral-400",
        )}
        {...input}
      />
      {hint ? (
        <p id={`${inputId}-hint`} className="text-sm text-neutral-700">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-800">
          {message}
        </p>
      ) : null}
    </div>
  );
}
