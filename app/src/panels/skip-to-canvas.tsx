/**
 * The first stop of the Tab key: straight to the canvas, on the selected component or the
 * first one, past the toolbars, the palette and the lists.
 */
export function SkipToCanvas() {
  return (
    <a
      className="skip-link"
      href="#canvas"
      onClick={(event) => {
        event.preventDefault();
        const canvas = document.getElementById("canvas");
        const node =
          canvas?.querySelector<HTMLElement>(".react-flow__node.selected") ??
          canvas?.querySelector<HTMLElement>(".react-flow__node");
        (node ?? canvas)?.focus();
      }}
    >
      Skip to the canvas
    </a>
  );
}
