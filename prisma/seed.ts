// Demo data for `npm start` (and e2e tests): a merchant with test sales units on the emulator,
// three products, staff and a customer. Seeds only an empty database; run again, it does nothing.
import { existsSync } from "node:fs";
if (existsSync(".env")) process.loadEnvFile(".env");

const { seedDemo } = await import("./seed/demo");
const result = await seedDemo();
console.log(result.created ? `Seeded demo data (${result.summary}).` : "Demo data already present.");
process.exit(0);
