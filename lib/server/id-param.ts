import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { ZIdParam } from "@/lib/schemas/params";
import { errorResponse } from "./error-response";

/** True when a URL segment can be one of our ids (ZIdParam); anything else names nothing. */
export const isIdParam = (value: string): boolean => ZIdParam.safeParse(value).success;

/** For pages: a segment that cannot be an id is Next's 404 page, before it reaches a query. */
export const idParamOrNotFound = (value: string): string => {
  if (!isIdParam(value)) notFound();
  return value;
};

/** For routes: the same, as a JSON 404 answer. */
export const notAnIdResponse = (): Promise<Response> => errorResponse(new AppError("NOT_FOUND", "notFound"));
