"use client";

import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={!hydrated}
      onClick={() => window.print()}
      className="print:hidden"
    >
      {label}
    </Button>
  );
}
