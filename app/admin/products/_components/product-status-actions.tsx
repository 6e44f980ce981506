"use client";

import { useEffect, useRef, useState } from "react";
import { archiveProductAction, launchProductAction } from "../actions";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

/** What launching puts on sale, as the confirmation states it. */
export type TLaunchFacts = { name: string; slug: string; markets: { name: string; price: string }[] };

/** Launch (DRAFT or ARCHIVED → LIVE, after a confirmation) and archive (LIVE → ARCHIVED). */
export function ProductStatusActions({
  productId,
  status,
  launch: facts,
  m,
}: {
  productId: string;
  status: "DRAFT" | "LIVE" | "ARCHIVED";
  launch: TLaunchFacts;
  m: TAdminMessages["productStatus"] & { back: string };
}) {
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  // Back returns focus to the launch button, which reappears in the confirmation's place.
  const launchButton = useRef<HTMLButtonElement>(null);
  const backed = useRef(false);
  useEffect(() => {
    if (confirming || !backed.current) return;
    backed.current = false;
    launchButton.current?.focus();
  }, [confirming]);
  const launch = useActionForm(launchProductAction);
  const archive = useActionForm(archiveProductAction);
  const error = launch.formError ?? archive.formError;
  const verb = status === "ARCHIVED" ? m.putOnSaleAgain : m.launch;
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming && status !== "LIVE" ? (
        <form
          aria-label={verb}
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(false);
            launch.execute({ productId });
          }}
        >
          <ConfirmPanel
            level={2}
            title={status === "ARCHIVED" ? m.confirmPutOnSale : m.confirmLaunch}
            confirmLabel={status === "ARCHIVED" ? m.yesPutOnSale : m.yesLaunch}
            pending={launch.isPending}
            backLabel={m.back}
            onBack={() => {
              backed.current = true;
              setConfirming(false);
            }}
          >
            <p className="font-medium">
              {format(m.goesOnSale, {
                name: facts.name,
                slug: facts.slug,
                markets: facts.markets.map((market) => `${market.name} ${market.price}`).join("; "),
              })}
            </p>
            <p>{m.signUpNow}</p>
          </ConfirmPanel>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {status !== "LIVE" ? (
            <Button
              ref={launchButton}
              type="button"
              disabled={!hydrated || launch.isPending}
              onClick={() => {
                launch.reset();
                setConfirming(true);
              }}
            >
              {launch.isPending ? m.launching : verb}
            </Button>
          ) : (
            <Button
              type="button"
              variant="secondary"
              disabled={!hydrated || archive.isPending}
              onClick={() => archive.execute({ productId })}
            >
              {m.archive}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
