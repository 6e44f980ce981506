import { AGREEMENT_TONE, CHARGE_TONE } from "@/components/status/status-tones";
import { AGREEMENT_WORDS, CHARGE_WORDS, inWords } from "@/lib/domain/status-words";
import { Badge } from "@/components/ui/badge";

export function ChargeStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={CHARGE_TONE[status] ?? "neutral"} title={status}>
      {inWords(CHARGE_WORDS, status)}
    </Badge>
  );
}

export function AgreementStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={AGREEMENT_TONE[status] ?? "neutral"} title={status}>
      {inWords(AGREEMENT_WORDS, status)}
    </Badge>
  );
}
