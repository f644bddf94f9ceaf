import { formatMermaid } from "@karma/core";
import { useReactFlow } from "@xyflow/react";
import { useRef, useState } from "react";
import { describeError } from "../actions/describe-error.ts";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { selectGraph } from "../store/selectors.ts";
import { Dialog } from "../ui/dialog.tsx";
import { download, exportImage } from "./export-image.ts";

/** The diagram as SVG or PNG (what the canvas draws), or the environment as Mermaid text. */
export function DiagramMenu() {
  const store = useEditorApi();
  const env = useEditor((state) => state.env);
  const { getNodes, getEdges } = useReactFlow();
  const menu = useRef<HTMLDetailsElement>(null);
  const [mermaid, setMermaid] = useState<string | null>(null);

  const saveImage = async (format: "svg" | "png") => {
    if (menu.current) menu.current.open = false;
    try {
      const blob = await exportImage(format, getNodes(), getEdges());
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
      <details className="view-menu" ref={menu}>
        <summary className="button" aria-label="Diagram">
          Diagram
        </summary>
        <div className="view-menu-body">
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
              if (menu.current) menu.current.open = false;
              setMermaid(formatMermaid([selectGraph(store.getState())]));
            }}
          >
            Mermaid
          </button>
        </div>
      </details>
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
