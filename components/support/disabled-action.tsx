import { useId } from "react";
import { Button } from "@/components/ui/button";

/** An action that cannot be used right now, with the reason next to it (and read with the button). */
export function DisabledAction({ label, reason }: { label: string; reason: string }) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" variant="secondary" disabled aria-describedby={id}>
        {label}
      </Button>
      <p id={id} className="text-sm text-neutral-700">
        {reason}
      </p>
    </div>
  );
}
