import "server-only";
import { AppError } from "@/lib/errors";

/** For routes: a NOT_FOUND from the data layer becomes a 404 answer. */
export const orNotFoundResponse = async (make: () => Promise<Response>): Promise<Response> => {
  try {
    return await make();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
};
