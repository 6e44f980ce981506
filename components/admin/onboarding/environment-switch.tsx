"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { setEnvironmentAction } from "@/app/admin/onboarding/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formErrorOf } from "../action-errors";

/** Switches the shop to production (checked on the server) or back to test. */
export function EnvironmentSwitch({ current }: { current: "TEST" | "PRODUCTION" }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(setEnvironmentAction, {
    onSuccess: () => router.refresh(),
  });
  const error = formErrorOf(result);
  const target = current === "TEST" ? "PRODUCTION" : "TEST";
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <Button
          type="button"
          variant={target === "PRODUCTION" ? "primary" : "secondary"}
          disabled={isPending}
          onClick={() => execute({ environment: target })}
        >
          {target === "PRODUCTION" ? "Switch to production" : "Switch back to the test environment"}
        </Button>
      </div>
    </div>
  );
}
