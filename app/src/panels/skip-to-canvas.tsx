/**
 * The first stop of the Tab key: straight to the canvas, past the toolbars, the palette and the
 * lists (the canvas hands focus on to a component: see canvas.tsx).
 */
export function SkipToCanvas() {
  return (
    <a className="skip-link" href="#canvas">
      Skip to the canvas
    </a>
  );
}
