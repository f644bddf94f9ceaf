import { useState } from "react";
import { useEditorApi } from "../store/editor-context.tsx";
import { type PlanFormat, planText } from "./plan-text.ts";

const labels: Record<PlanFormat, { button: string; done: string }> = {
  markdown: { button: "Copy as markdown", done: "Plan copied as markdown" },
  script: { button: "Copy deploy script", done: "Deploy script copied" },
};

/** Copies the plan as `karma plan` prints it: a pull-request comment or the deploy commands. */
export function CopyPlanButtons() {
  const store = useEditorApi();
  const [copied, setCopied] = useState<string>("");
  const copy = async (format: PlanFormat) => {
    try {
      await navigator.clipboard.writeText(planText(store.getState(), format));
      setCopied(labels[format].done);
    } catch (error) {
      setCopied("");
      store.getState().notify({
        tone: "error",
        title: "The plan could not be copied.",
        lines: [error instanceof Error ? error.message : String(error)],
      });
    }
  };
  return (
    <div className="plan-copy">
      {(["markdown", "script"] as const).map((format) => (
        <button key={format} type="button" className="button" onClick={() => void copy(format)}>
          {labels[format].button}
        </button>
      ))}
      <span className="status-text" role="status">
        {copied}
      </span>
    </div>
  );
}
