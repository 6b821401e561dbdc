import { ToolbarButton, ToolbarMenu, useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import type { Example } from "./parseExample";

/**
 * A toolbar menu listing the saved examples by title, their whole comment as a tooltip. Choosing
 * one switches to the tab that already holds it unchanged, or opens it in a new tab: GraphiQL
 * only uses `defaultTabs` when no tabs are saved in localStorage, so this is how a returning user
 * reaches new examples.
 */
export function ExamplesMenu({ examples }: { examples: readonly Example[] }) {
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { addTab, changeTab } = useGraphiQLActions();

  if (examples.length === 0) return null;

  const open = (example: Example) => {
    const index = tabs.findIndex((tab) => tab.query === example.query);
    if (index >= 0) {
      changeTab(index);
      return;
    }
    addTab();
    queryEditor?.setValue(example.query);
  };

  return (
    <ToolbarMenu
      button={
        <ToolbarButton label="Open a saved example" className="ide-examples-button">
          <span aria-hidden="true">☰</span>
        </ToolbarButton>
      }
    >
      {examples.map((example) => (
        <ToolbarMenu.Item
          key={example.file}
          title={example.description || undefined}
          onSelect={() => open(example)}
        >
          {example.title}
        </ToolbarMenu.Item>
      ))}
    </ToolbarMenu>
  );
}
