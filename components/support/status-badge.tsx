import { AGREEMENT_TONE, CHARGE_TONE } from "@/components/status/status-tones";
import { inWords } from "@/lib/domain/status-words";
import type { TTranslator } from "@/lib/i18n/translator";
import { Badge } from "@/components/ui/badge";

export function ChargeStatusBadge({ t, status }: { t: TTranslator; status: string }) {
  return (
    <Badge tone={CHARGE_TONE[status] ?? "neutral"} title={status}>
      {inWords(t.m.support.status.charge, status)}
    </Badge>
  );
}

export function AgreementStatusBadge({ t, status }: { t: TTranslator; status: string }) {
  return (
    <Badge tone={AGREEMENT_TONE[status] ?? "neutral"} title={status}>
      {inWords(t.m.support.status.agreement, status)}
    </Badge>
  );
}
