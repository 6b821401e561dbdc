import type { GraphiQLPlugin } from "@graphiql/react";
import { GraphIcon } from "./GraphIcon";
import { GraphPanel } from "./GraphPanel";

/** The sidebar panel that draws the active tab's result as a graph. */
export const graphPlugin: GraphiQLPlugin = {
  title: "Graph",
  icon: GraphIcon,
  content: GraphPanel,
};
