// Demo data for `npm start` in demo mode (and e2e tests): a merchant with test sales units on the
// emulator, three products, demo staff with known passwords and a customer. Only in demo mode (the
// rule is in lib/env.ts): elsewhere the first admin comes from /setup. Seeds only an empty
// database; run again, it does nothing.
import { existsSync } from "node:fs";
if (existsSync(".env")) process.loadEnvFile(".env");

const { env, EnvError } = await import("@/lib/env");
try {
  if (!env().DEMO_MODE) {
    console.error(
      "Not loading demo data: not in demo mode (DEMO_MODE). A real install makes its first admin at /setup.",
    );
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { seedDemo } = await import("./seed/demo");
const result = await seedDemo();
console.log(result.created ? `Seeded demo data (${result.summary}).` : "Demo data already present.");
process.exit(0);
