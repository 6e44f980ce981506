// What a server action's request must look like before Next hands it to React's decoder. React
// sends the arguments as a JSON list (as multipart form data when they hold a form or a file); the
// decoder throws on anything else, and Next answers that with a 500. The proxy refuses it first.

/** Multipart bodies are decoded as they stream; only the JSON form can be checked here. */
export const isMultipartBody = (contentType: string | null): boolean =>
  (contentType ?? "").toLowerCase().startsWith("multipart/form-data");

/** True for the JSON text of an argument list: "[]", "[{...}]"; false for anything else. */
export function isActionArgumentList(body: string): boolean {
  try {
    return Array.isArray(JSON.parse(body));
  } catch {
    return false;
  }
}
