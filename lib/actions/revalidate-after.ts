import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Runs an action's work and revalidates `path` whether it succeeds or is refused: a refused money
 * operation is part of the page's story too (its audit entry, the operation's state), and the
 * answer to the call brings the fresh page either way, so the browser never refreshes by itself.
 */
export async function revalidateAfter<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    revalidatePath(path);
  }
}
