import { type KeyboardEvent, type ReactNode, useId } from "react";

export interface Tab {
  id: string;
  label: string;
  content: () => ReactNode;
}

/** Tabs with the ARIA tab pattern: arrow keys move between them, only the chosen panel renders. */
export function InspectorTabs({
  tabs,
  current,
  onChange,
}: {
  tabs: Tab[];
  current: string;
  onChange(id: string): void;
}) {
  const baseId = useId();
  const shown = tabs.find((tab) => tab.id === current) ?? tabs[0]!;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = (tabs.indexOf(shown) + step + tabs.length) % tabs.length;
    onChange(tabs[index]!.id);
    document.getElementById(`${baseId}-tab-${tabs[index]!.id}`)?.focus();
  };
  return (
    <>
      <div className="inspector-tabs" role="tablist" aria-label="Inspector" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            type="button"
            role="tab"
            className="inspector-tab"
            aria-selected={tab === shown}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === shown ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        className="inspector-panel"
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${shown.id}`}
      >
        {shown.content()}
      </div>
    </>
  );
}
