/**
 * Calls `callback` each time the person comes back to the page: the window takes the focus again
 * (from a terminal, say) or the tab is shown again. Returns the unsubscribe function.
 */
export function onReturn(callback: () => void): () => void {
  const visible = () => {
    if (document.visibilityState === "visible") callback();
  };
  window.addEventListener("focus", callback);
  document.addEventListener("visibilitychange", visible);
  return () => {
    window.removeEventListener("focus", callback);
    document.removeEventListener("visibilitychange", visible);
  };
}
