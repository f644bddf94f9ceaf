import { formatMermaid } from "@karma/core";
import { useStoreApi } from "@xyflow/react";
import { useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import type { FlowNode } from "../canvas/flow-types.ts";
import { wholeFlow } from "../canvas/whole-flow.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { usePopover } from "../ui/use-popover.ts";
import { download, exportImage } from "./export-image.ts";

/** The diagram as SVG or PNG (what the canvas draws), or the environment as Mermaid text. */
export function DiagramMenu() {
  const store = useEditorApi();
  const env = useEditor((state) => state.env);
  const flowStore = useStoreApi<FlowNode>();
  const menu = usePopover();
  const [mermaid, setMermaid] = useState<string | null>(null);

  const saveImage = async (format: "svg" | "png") => {
    menu.close();
    try {
      // the whole graph: React Flow holds only what is around the screen of a large one
      const { nodes, edges } = wholeFlow(flowStore);
      const blob = await exportImage(format, nodes, edges);
      download(blob, `karma-${env ?? "graph"}.${format}`);
    } catch (error) {
      store.getState().notify({
        tone: "error",
        title: `The diagram could not be exported as ${format.toUpperCase()}.`,
        lines: [describeError(error)],
      });
    }
  };

  return (
    <>
      <button type="button" className="button" {...menu.buttonProps}>
        Diagram
      </button>
      <div className="view-menu-body" {...menu.popoverProps}>
        <button type="button" className="button" onClick={() => void saveImage("svg")}>
          Export SVG
        </button>
        <button type="button" className="button" onClick={() => void saveImage("png")}>
          Export PNG
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            menu.close();
            setMermaid(formatMermaid([selectGraph(store.getState())]));
          }}
        >
          Mermaid
        </button>
      </div>
      {mermaid !== null ? (
        <MermaidDialog text={mermaid} env={env} onClose={() => setMermaid(null)} />
      ) : null}
    </>
  );
}

function MermaidDialog({
  text,
  env,
  onClose,
}: {
  text: string;
  env: string | null;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <Dialog
      title={`Mermaid: ${env ?? "graph"}`}
      onClose={onClose}
      testId="mermaid-dialog"
      actions={
        <>
          <span role="status" className="muted">
            {copied}
          </span>
          <button
            type="button"
            className="button button-primary"
            onClick={() =>
              navigator.clipboard.writeText(text).then(
                () => setCopied("Copied."),
                () => setCopied("Copying was refused; select the text and copy it."),
              )
            }
          >
            Copy
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="muted">
        The same text as <code>karma graph --format mermaid --env {env}</code>; paste it into a
        ```mermaid block.
      </p>
      <textarea
        className="mermaid-text"
        aria-label="Mermaid text"
        readOnly
        value={text}
        rows={16}
      />
    </Dialog>
  );
}
