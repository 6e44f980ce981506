"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { archiveProductAction, launchProductAction } from "@/app/admin/products/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formErrorOf } from "./action-errors";

/** Launch (DRAFT or ARCHIVED → LIVE) and archive (LIVE → ARCHIVED). */
export function ProductStatusActions({
  productId,
  status,
}: {
  productId: string;
  status: "DRAFT" | "LIVE" | "ARCHIVED";
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const launch = useAction(launchProductAction, { onSuccess: () => router.refresh() });
  const archive = useAction(archiveProductAction, { onSuccess: () => router.refresh() });
  const error = formErrorOf(launch.result) ?? formErrorOf(archive.result);
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {status !== "LIVE" ? (
          <Button
            type="button"
            disabled={!hydrated || launch.isPending}
            onClick={() => launch.execute({ productId })}
          >
            {status === "ARCHIVED" ? "Put on sale again" : "Launch product"}
          </Button>
        ) : (
          <Button
            type="button"
            variant="secondary"
            disabled={!hydrated || archive.isPending}
            onClick={() => archive.execute({ productId })}
          >
            Archive (stop selling)
          </Button>
        )}
      </div>
    </div>
  );
}
