import { ActionButton } from "../actions/action-button.tsx";
import {
  autoLayoutAction,
  exportAction,
  planAction,
  redoAction,
  undoAction,
} from "../actions/editor-actions.ts";
import { CompareButton } from "../environments/compare-button.tsx";
import { OpenMenu } from "../open/open-menu.tsx";
import { ImportRuntimeButton } from "../runtime/import-runtime-button.tsx";
import { CommitDialog } from "../serve/commit-dialog.tsx";
import { CompareChip } from "../serve/compare-chip.tsx";
import { CompareWithMenu } from "../serve/compare-with-menu.tsx";
import { saveAction } from "../serve/save-action.ts";
import { SaveConflictDialog } from "../serve/save-conflict-dialog.tsx";
import { isServed } from "../serve/save-to-server.ts";
import { useDocument, useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectChangedFiles } from "../store/selectors.ts";
import { TimelineButton } from "../timeline/timeline-button.tsx";
import {
  ExportIcon,
  LayoutIcon,
  MoonIcon,
  PlanIcon,
  RedoIcon,
  SunIcon,
  UndoIcon,
} from "../ui/icons.tsx";
import { Toolbar } from "../ui/toolbar.tsx";
import { EnvironmentSwitcher } from "./environment-switcher.tsx";

const autosaveText = {
  off: "",
  saving: "Saving in this browser…",
  saved: "Saved in this browser",
  failed: "Not saved in this browser",
} as const;

export function TopBar() {
  const store = useEditorApi();
  const source = useEditor((state) => state.source);
  const theme = useEditor((state) => state.theme);
  // as it is now: a change whose drawing is on its way is already not saved
  const autosave = useDocument((state) => state.autosave);
  const changed = useEditor((state) => Object.keys(selectChangedFiles(state)).length);
  const served = useEditor(isServed);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Karma</span>
      </div>
      <Toolbar label="Repository">
        <OpenMenu />
        <span className="repo-name" title={source?.name}>
          <span className="repo-name-text">{source ? source.name : "No repository"}</span>
          {changed > 0 ? (
            <span className="changed-count" title="Files changed since the repository was opened">
              {changed} changed
            </span>
          ) : null}
        </span>
        <EnvironmentSwitcher />
        <CompareButton />
        <CompareWithMenu />
        <CompareChip />
        <TimelineButton />
        <ImportRuntimeButton />
      </Toolbar>
      <Toolbar label="Edit">
        <ActionButton action={autoLayoutAction} icon={<LayoutIcon />} />
        <ActionButton action={undoAction} icon={<UndoIcon />} />
        <ActionButton action={redoAction} icon={<RedoIcon />} />
      </Toolbar>
      <Toolbar label="Output" className="toolbar-end">
        <span className="status-text" data-testid="autosave-status" data-state={autosave}>
          {autosaveText[autosave]}
        </span>
        <ActionButton action={planAction} icon={<PlanIcon />} />
        <ActionButton action={served ? saveAction : exportAction} icon={<ExportIcon />} primary />
        {served ? <SaveConflictDialog /> : null}
        {served ? <CommitDialog /> : null}
        <button
          type="button"
          className="button button-icon"
          aria-label={theme === "dark" ? "Switch to light theme" : "Switch to dark theme"}
          title={theme === "dark" ? "Light theme" : "Dark theme"}
          onClick={() => store.getState().setTheme(theme === "dark" ? "light" : "dark")}
        >
          {theme === "dark" ? <SunIcon /> : <MoonIcon />}
        </button>
      </Toolbar>
    </header>
  );
}
