import { useState } from "react";
import { useEditor } from "../store/editor-context.tsx";
import { grownNodes, highlightCss } from "./commit-highlight.ts";
import { selectAddedEdges, selectCanvasNodeIds } from "./timeline-selectors.ts";

/**
 * The highlight of a step: the nodes it brings in grow in, the references the commit added are
 * coloured. `before`: the nodes drawn before the first step (the document's).
 */
export function TimelineHighlight({ before }: { before: readonly string[] }) {
  const ids = useEditor(selectCanvasNodeIds);
  const added = useEditor(selectAddedEdges);
  const [step, setStep] = useState({ shown: before, grown: [] as string[] });
  // each new picture is compared with the one before it
  if (step.shown !== ids) setStep({ shown: ids, grown: grownNodes(step.shown, ids) });
  return <style data-testid="timeline-highlight">{highlightCss(step.grown, added)}</style>;
}
