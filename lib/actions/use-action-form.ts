"use client";

import { useAction, type SingleInputActionFn } from "next-safe-action/hooks";
import { useState } from "react";
import type { TActionError } from "@/lib/actions/client";
import {
  fieldErrorsOf,
  formErrorOf,
  staffWording,
  type TActionResult,
  type TActionWording,
} from "@/lib/actions/result";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema, any data: the action decides
type TAnyAction = SingleInputActionFn<TActionError, any, any, any>;
type TInput<A extends TAnyAction> = Parameters<A>[0];
type TData<A extends TAnyAction> = NonNullable<Awaited<ReturnType<A>>["data"]>;

type TOptions<A extends TAnyAction> = {
  /** The words of the errors: staff English by default; customer and support pages pass theirs. */
  wording?: TActionWording;
  onSuccess?: (args: { data: TData<A>; input: TInput<A> }) => unknown;
  onError?: (args: { error: TActionResult; input: TInput<A> }) => unknown;
};

/**
 * The one way a browser calls a server action: next-safe-action's useAction, with its errors in one
 * format — `fieldErrors` (name → words) for the fields and one `formError` line above them.
 * Actions revalidate the pages they change, so their answer brings the fresh page; nothing refreshes.
 * `showFieldErrors` shows errors found in the browser (before a confirmation step) the same way,
 * put in words by the same wording (a schema's message keys), until the next call.
 */
export function useActionForm<A extends TAnyAction>(action: A, options: TOptions<A> = {}) {
  const wording = options.wording ?? staffWording;
  const [browserErrors, setBrowserErrors] = useState<Record<string, string> | null>(null);
  const hook = useAction(action, {
    onExecute: () => setBrowserErrors(null),
    onSuccess: ({ data, input }) => options.onSuccess?.({ data: data as TData<A>, input }),
    onError: ({ error, input }) => options.onError?.({ error: error as TActionResult, input }),
  });
  const result = hook.result as TActionResult & { data?: TData<A> };
  const browser = browserErrors && Object.keys(browserErrors).length ? browserErrors : null;
  return {
    execute: hook.execute as (input: TInput<A>) => void,
    executeAsync: hook.executeAsync,
    isPending: hook.isPending,
    hasSucceeded: hook.hasSucceeded,
    hasNavigated: hook.hasNavigated,
    reset: hook.reset,
    /** The call's raw result (a new object per answer: a dependency for effects that follow it). */
    result: hook.result,
    data: result.data,
    /** The refusal as the server gave it (code, message, Vipps's problem details). */
    serverError: browser ? undefined : result.serverError,
    fieldErrors: browser ?? fieldErrorsOf(result, wording.field),
    formError: browser ? wording.fixFields : formErrorOf(result, wording),
    showFieldErrors: (errors: Record<string, string> | null) => {
      hook.reset();
      setBrowserErrors(
        errors &&
          Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, wording.field(message)])),
      );
    },
  };
}

export type TActionForm = ReturnType<typeof useActionForm>;
