"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { chargeStateQuery } from "@/lib/queries/support";
import type { TChargeState } from "@/lib/schemas/support-views";

const IN_FLIGHT = ["PENDING", "DUE", "PROCESSING"];
// Nothing more happens to these by themselves; a charged one may still be refunded in the portal.
const SETTLED = ["REFUNDED", "CANCELLED", "FAILED"];

/**
 * Watches Abo's record of the charge (often while it waits for Vipps: due, processing, or an
 * operation accepted but not applied yet) and reloads the page when a webhook or poll changes it.
 */
export function LiveChargeState({
  locale,
  chargeId,
  initial,
}: {
  locale: TLocale;
  chargeId: string;
  initial: TChargeState;
}) {
  const t = translator(locale);
  const m = t.m.support.charge.live;
  const router = useRouter();
  const { data } = useQuery({
    ...chargeStateQuery(chargeId),
    initialData: initial,
    refetchInterval: (query) => {
      const state = query.state.data;
      if (!state || (SETTLED.includes(state.status) && state.pendingOperations === 0)) return false;
      return IN_FLIGHT.includes(state.status) || state.pendingOperations > 0 ? 5_000 : 30_000;
    },
  });
  // A cached answer older than what the page was rendered with is ignored.
  const state = data.updatedAt >= initial.updatedAt ? data : initial;
  const changed = state.updatedAt > initial.updatedAt;
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, router]);
  const watching = IN_FLIGHT.includes(state.status) || state.pendingOperations > 0;
  return watching ? (
    <p className="text-sm text-neutral-700" role="status">
      {state.pendingOperations > 0 ? t.format(m.pending, { count: state.pendingOperations }) : ""}
      {m.updates}
    </p>
  ) : null;
}
