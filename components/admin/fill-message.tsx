import { Fragment, type ReactNode } from "react";

/**
 * A message whose {placeholders} are elements (a link, a figure): each language puts them where
 * its word order wants them, which splitting the sentence around the element in JSX cannot do.
 */
export function fillMessage(message: string, values: Record<string, ReactNode>): ReactNode {
  return message.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
  });
}
