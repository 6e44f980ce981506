import "server-only";
import { db } from "@/lib/db";

/** Sales units a checklist can be made for: test units first (the verification runs only there). */
export const listChecklistUnits = async () => {
  const units = await db.salesUnit.findMany({
    select: { id: true, name: true, msn: true, environment: true, market: true },
    orderBy: [{ environment: "desc" }, { createdAt: "asc" }],
  });
  return units;
};
