const MESSAGE_MAX = 500;

/**
 * What a failed job's output says went wrong, as one message. pg-boss stores a thrown error
 * serialized ({ name, message, stack }); the stack is for logs, so only the message is kept.
 */
export function failureMessage(output: unknown): string {
  const value =
    output && typeof output === "object" && "value" in output ? (output as { value: unknown }).value : output;
  let message: string;
  if (typeof value === "string") message = value;
  else if (value && typeof value === "object" && "message" in value)
    message = String((value as { message: unknown }).message);
  else if (value === null || value === undefined) message = "";
  else message = JSON.stringify(value);
  message = message.trim();
  if (!message) return "No error was recorded.";
  return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message;
}
