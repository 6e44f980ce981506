import { AGREEMENT_TONE, CHARGE_TONE } from "@/components/status/status-tones";
import { Badge } from "@/components/ui/badge";

export function ChargeStatusBadge({ status }: { status: string }) {
  return <Badge tone={CHARGE_TONE[status] ?? "neutral"}>{status}</Badge>;
}

export function AgreementStatusBadge({ status }: { status: string }) {
  return <Badge tone={AGREEMENT_TONE[status] ?? "neutral"}>{status}</Badge>;
}
