import { json } from "@codemirror/lang-json";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { Prec, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";

export interface JsonEditorProps {
  value: string;
  /** The accessible name of the text. */
  label: string;
  /** The line of the syntax error, marked in the gutter and the text; null when it parses. */
  errorLine: number | null;
  onChange(text: string): void;
  /** Blur and Ctrl/Cmd+Enter. */
  onCommit(): void;
  /** Escape. */
  onRevert(): void;
}

const setErrorLine = StateEffect.define<number | null>();

// the theme's colours (styles.css, --code-*), readable on both themes' surfaces; ahead of
// basicSetup's default style, which is made for a light background only
const jsonColours = HighlightStyle.define([
  { tag: tags.propertyName, color: "var(--code-key)" },
  { tag: tags.string, color: "var(--code-string)" },
  { tag: tags.number, color: "var(--code-number)" },
  { tag: [tags.bool, tags.null], color: "var(--code-literal)" },
  { tag: [tags.punctuation, tags.brace, tags.squareBracket, tags.separator], color: "var(--text)" },
]);

/** Runs a key's action and tells CodeMirror the key is taken. */
function handled(action: () => void): boolean {
  action();
  return true;
}

// the error line, drawn on the text itself: a plain textarea could not show where it is
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let line: number | null | undefined;
    for (const effect of transaction.effects) if (effect.is(setErrorLine)) line = effect.value;
    if (line === undefined) return marks.map(transaction.changes);
    if (line === null || line < 1 || line > transaction.state.doc.lines) return Decoration.none;
    const builder = new RangeSetBuilder<Decoration>();
    const at = transaction.state.doc.line(line);
    builder.add(at.from, at.from, Decoration.line({ class: "cm-error-line" }));
    return builder.finish();
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * The JSON tab's code editor (CodeMirror 6, loaded only when the tab is opened): line numbers,
 * brackets, the syntax error's line marked. The text stays the draft of json-tab.tsx.
 */
export default function JsonEditor({
  value,
  label,
  errorLine,
  onChange,
  onCommit,
  onRevert,
}: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onCommit, onRevert });
  handlers.current = { onChange, onCommit, onRevert };

  // one editor per mount: the value and the error line follow through the effects below
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once, never re-created
  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const editor = new EditorView({
      parent,
      doc: value,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: () => handled(handlers.current.onCommit) },
            { key: "Escape", run: () => handled(handlers.current.onRevert) },
          ]),
        ),
        syntaxHighlighting(jsonColours),
        basicSetup,
        json(),
        errorLineField,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
        }),
        EditorView.domEventHandlers({ blur: () => handlers.current.onCommit() }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorLine.of(errorLine) });
  }, [errorLine]);

  return <div ref={host} className="json-code" data-invalid={errorLine !== null || undefined} />;
}
