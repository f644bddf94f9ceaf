/** The inspector's Runtime tab for one component of the shown environment. */
export function RuntimeTab({ id }: { id: string }) {
  return <p className="muted">No runtime snapshot imported for {id}.</p>;
}
