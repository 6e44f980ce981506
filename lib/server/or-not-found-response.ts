import "server-only";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./error-response";

/** For routes: a NOT_FOUND from the data layer becomes a 404 answer, in the caller's language. */
export const orNotFoundResponse = async (make: () => Promise<Response>): Promise<Response> => {
  try {
    return await make();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return errorResponse(error);
    throw error;
  }
};
