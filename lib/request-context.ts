// Carries the request id (and who is acting) through async calls, so every log line and every
// stored Vipps call of one page request, action, webhook or job can be tied together.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type TRequestContext = { requestId: string; actorId?: string };

const storage = new AsyncLocalStorage<TRequestContext>();

export function withRequestContext<T>(context: Partial<TRequestContext>, fn: () => T): T {
  return storage.run({ requestId: context.requestId ?? randomUUID(), actorId: context.actorId }, fn);
}

export function requestContext(): TRequestContext | undefined {
  return storage.getStore();
}
