import { Badge, type TBadgeTone } from "@/components/ui/badge";

const TONE: Record<string, TBadgeTone> = {
  LIVE: "green",
  DRAFT: "blue",
  ARCHIVED: "neutral",
  PASSED: "green",
  FAILED: "red",
  RUNNING: "amber",
};

/** A product's or a verification's status; `names` are the status words in the staff member's language. */
export function StatusBadge({ status, names }: { status: string; names: Record<string, string> }) {
  return (
    <Badge tone={TONE[status] ?? "neutral"}>
      {names[status] ?? status.charAt(0) + status.slice(1).toLowerCase()}
    </Badge>
  );
}
