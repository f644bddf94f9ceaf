import { useDeferredValue, useState } from "react";
import { LineageTab } from "../lineage/lineage-tab.tsx";
import type { NodeView } from "../model/node-views.ts";
import { selectUnmanaged } from "../runtime/drift-selectors.ts";
import { RuntimeTab } from "../runtime/runtime-tab.tsx";
import type { EditorStore } from "../state/editor-store.ts";
import { useDocument, useEditor } from "../store/editor-context.tsx";
import { selectNodeViews, selectWorkspace } from "../store/selectors.ts";
import { ComponentFacts } from "./component-facts.tsx";
import { ConfigTab } from "./config-tab.tsx";
import { DeleteDialog } from "./delete-dialog.tsx";
import { InspectorHeader } from "./inspector-header.tsx";
import { InspectorTabs, type Tab } from "./inspector-tabs.tsx";
import { JsonTab } from "./json-tab.tsx";
import { UnappliedNotice } from "./unapplied-values.tsx";
import { UnmanagedInspector } from "./unmanaged-inspector.tsx";
import "./inspector.css";

/** The inspector of the selected component (config form, JSON, lineage, runtime) and the delete confirmation. */
export function Inspector() {
  // a new selection's highlight is drawn first; its form (a few hundred elements) in the next
  // task, so that a click on a large graph shows its result at once
  const selection = useDeferredValue(useEditor((state) => state.selection));
  const view = useEditor((state) =>
    selection ? selectNodeViews(state).get(selection) : undefined,
  );
  const unmanaged = useEditor(
    (state) =>
      !view && selection !== null && selectUnmanaged(state).some((c) => c.id === selection),
  );
  // the timeline shows a commit read-only: the document's forms wait
  const shownCommit = useEditor((state) => state.shownCommit);
  const [tab, setTab] = useState("config");
  // a file that does not parse has no form to show: it opens on its JSON, to be fixed
  const broken = useEditor((state) => {
    const component = selectWorkspace(state).components.find(
      (c) => c.env === state.env && c.id === selection,
    );
    return component !== undefined && component.config === null && !component.notRead;
  });
  const [shownFor, setShownFor] = useState(selection);
  if (selection !== shownFor) {
    setShownFor(selection);
    if (broken) setTab("json");
  }
  return (
    <>
      {shownCommit !== null && selection !== null ? (
        <aside
          className="side-panel details-panel inspector"
          data-testid="inspector"
          aria-label={`Details of ${selection}`}
        >
          <p className="inspector-note">
            {`Timeline: read-only at ${shownCommit.sha.slice(0, 7)}. Go back to now to edit ${selection}.`}
          </p>
        </aside>
      ) : null}
      {view && shownCommit === null ? (
        <InspectorPanel view={view} tab={tab} onTab={setTab} />
      ) : null}
      {unmanaged && selection && shownCommit === null ? (
        <UnmanagedInspector id={selection} />
      ) : null}
      <DeleteDialog />
    </>
  );
}

function InspectorPanel({
  view,
  tab,
  onTab,
}: {
  view: NodeView;
  tab: string;
  onTab(tab: string): void;
}) {
  const env = useEditor((state) => state.env);
  // the values being edited follow an edit at once (what is derived from them may lag); a
  // component just renamed or deleted is shown as drawn until the drawing follows
  const find = (state: EditorStore) =>
    selectWorkspace(state).components.find((c) => c.env === env && c.id === view.id);
  const now = useDocument(find);
  const drawn = useEditor(find);
  const component = now ?? drawn;
  const definition = useDocument(
    (state) => selectWorkspace(state).catalog.types.get(view.type) ?? null,
  );
  const tabs: Tab[] = [];
  if (component) {
    if (definition) {
      tabs.push({
        id: "config",
        label: "Config",
        content: () => (
          <ConfigTab key={component.id} component={component} definition={definition} />
        ),
      });
    }
    tabs.push({
      id: "json",
      label: "JSON",
      content: () => <JsonTab key={component.id} component={component} definition={definition} />,
    });
  }
  tabs.push(
    { id: "lineage", label: "Lineage", content: () => <LineageTab id={view.id} /> },
    { id: "runtime", label: "Runtime", content: () => <RuntimeTab id={view.id} /> },
  );
  return (
    <aside
      className="side-panel details-panel inspector"
      data-testid="inspector"
      aria-label={`Details of ${view.id}`}
    >
      <InspectorHeader view={view} />
      {component ? <UnappliedNotice env={component.env} id={component.id} /> : null}
      {component ? null : <ComponentFacts view={view} file={null} />}
      {view.plan === "delete" ? (
        <p className="inspector-note">
          Deleted in this session: exporting removes its file. Undo brings it back.
        </p>
      ) : null}
      {component && !definition ? (
        <p className="inspector-note">
          The type {view.type} is not in the catalog: its config is kept as written and edited as
          JSON.
        </p>
      ) : null}
      <InspectorTabs tabs={tabs} current={tab} onChange={onTab} />
    </aside>
  );
}
