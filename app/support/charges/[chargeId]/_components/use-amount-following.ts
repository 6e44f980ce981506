"use client";

import { useState } from "react";

/**
 * An amount field that starts from what is left (or empty) and starts over when an action changes
 * what is left (the page re-renders with new figures), without remounting the form and losing the
 * action's message.
 */
export function useAmountFollowing(left: number, initial: (left: number) => string) {
  const [state, setState] = useState({ left, amount: initial(left) });
  if (state.left !== left) setState({ left, amount: initial(left) });
  return [state.amount, (amount: string) => setState({ left, amount })] as const;
}
