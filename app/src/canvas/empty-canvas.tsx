/** What an environment without components shows: how to add one, or open a repository. */
export function EmptyCanvas() {
  return (
    <div className="canvas-empty" role="status">
      <p>No components in this environment.</p>
      <p>Drag a type from the Components palette onto the canvas, or select it and press Enter.</p>
      <p>
        To see an existing repository, open one with config at
        iac/&lt;env&gt;/&lt;type&gt;/&lt;nickname&gt;/config.json.
      </p>
    </div>
  );
}
