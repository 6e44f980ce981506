import { systemContext } from "@/lib/server/context/build-context";
import { fetchUserinfo } from "@/lib/server/customers/fetch-userinfo";
import type { TPayload } from "@/lib/queue/queues";

export async function handle({ agreementId }: TPayload<"customer.userinfo">): Promise<void> {
  await fetchUserinfo(await systemContext(), agreementId);
}
