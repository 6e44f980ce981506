import { Badge, type TBadgeTone } from "@/components/ui/badge";

const TONE: Record<string, TBadgeTone> = {
  LIVE: "green",
  DRAFT: "blue",
  ARCHIVED: "neutral",
  PASSED: "green",
  FAILED: "red",
  RUNNING: "amber",
};

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status] ?? "neutral"}>{status.charAt(0) + status.slice(1).toLowerCase()}</Badge>;
}
