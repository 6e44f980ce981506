// Prints what /api/ready would answer in a process of its own (its DATABASE_URL may point nowhere).
import { GET } from "@/app/api/ready/route";

const response = await GET();
console.log(JSON.stringify({ status: response.status, body: await response.json() }));
process.exit(0);
