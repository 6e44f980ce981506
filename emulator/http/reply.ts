import { randomUUID } from "node:crypto";
import type { FieldError } from "../domain/validation/fields";

export type Reply = {
  status: number;
  body: string;
  contentType: string | null;
  headers?: Record<string, string>;
};

const JSON_TYPE = "application/json;charset=UTF-8";
export const PROBLEM_BASE =
  "https://developer.vippsmobilepay.com/docs/APIs/recurring-api/recurring-api-problems#";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  contentType: JSON_TYPE,
  headers,
});

export const empty = (status: number): Reply => ({ status, body: "", contentType: null });

export const html = (status: number, body: string, headers?: Record<string, string>): Reply => ({
  status,
  body,
  contentType: "text/html; charset=utf-8",
  headers,
});

export const redirect = (location: string): Reply => ({
  status: 303,
  body: "",
  contentType: null,
  headers: { location },
});

/** Azure API Management's own errors (subscription key, unknown operation, rate limit). */
export const apim = (status: number, message: string, headers?: Record<string, string>): Reply =>
  json(status, { statusCode: status, message }, headers);

/** The gateway's ErrorFromAzure shape, used for token problems. */
export const azure = (status: number, message: string): Reply =>
  json(status, {
    responseInfo: { responseCode: status, responseMessage: TITLES[status] ?? "Error" },
    result: { message },
  });

export type ProblemContext = { path: string; contextId: string; api: "recurring" | "webhooks" | "userinfo" };

// The real API reports its internal path in `instance` (seen in the WooCommerce plugin's samples).
const instancePath = (path: string) => path.replace(/^\/recurring\//, "/vipps-recurring-merchant-api/");

export function problem(
  ctx: ProblemContext,
  status: number,
  identifier: string,
  detail: string,
  extraDetails: FieldError[] = [],
): Reply {
  if (ctx.api === "webhooks") {
    // The Webhooks API uses ASP.NET-style ProblemDetails with traceId (webhooks-api.yaml).
    return {
      ...json(status, {
        type: "https://tools.ietf.org/html/rfc9110#section-15.5",
        title: TITLES[status] ?? "Error",
        status,
        detail,
        instance: ctx.path,
        traceId: ctx.contextId,
        extraDetails,
      }),
      contentType: "application/problem+json",
    };
  }
  return json(status, {
    type: `${PROBLEM_BASE}${identifier}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    instance: instancePath(ctx.path),
    contextId: ctx.contextId,
    extraDetails,
  });
}

/** The plain 404 the API gives for unknown ids. */
export const notFound = (ctx: ProblemContext, detail: string): Reply =>
  ctx.api === "webhooks"
    ? problem(ctx, 404, "resource-not-found", detail)
    : json(404, {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail,
        instance: instancePath(ctx.path),
        contextId: ctx.contextId,
      });

export const newContextId = (): string => randomUUID();
