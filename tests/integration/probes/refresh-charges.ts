// A worker of its own for the receipt-number race: reads the charges in CHARGE_IDS from Vipps (the
// emulator) and applies them, CONCURRENCY at a time like a worker's job slots, in an order of its own
// (REVERSE=1 goes backwards). A failed apply is tried again, as the job queue retries a failed job.
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import { testContext } from "../../shared/server-context";

const ids = (process.env.CHARGE_IDS ?? "").split(",").filter(Boolean);
if (process.env.REVERSE === "1") ids.reverse();
const queue = [...ids];
let applied = 0;
const errors: string[] = [];
const slot = async () => {
  for (let id = queue.shift(); id; id = queue.shift()) {
    for (let attempt = 1; ; attempt++) {
      try {
        await refreshCharge(await testContext(), id, "poll");
        applied++;
        break;
      } catch (error) {
        if (attempt < 3) continue;
        errors.push(String(error));
        break;
      }
    }
  }
};
await Promise.all(Array.from({ length: Number(process.env.CONCURRENCY ?? 4) }, slot));
for (const error of errors) console.error(error);
console.log(JSON.stringify({ applied, failed: errors.length }));
process.exit(0);
