// A signed-in customer's server context for tests: what customerAction and requireCustomerContext
// build from the session (the user id is made up unless given; only the customer id is checked).
import type { TServerContext } from "@/lib/server/context/server-context";
import { testContext } from "./server-context";

export const customerContext = (
  customerId: string,
  user: { id?: string; email?: string } = {},
  overrides: Partial<TServerContext> = {},
): Promise<TServerContext> =>
  testContext({
    actor: {
      type: "CUSTOMER",
      id: user.id ?? `user-${customerId}`,
      customerId,
      email: user.email ?? "kunde@example.no",
    },
    ...overrides,
  });
