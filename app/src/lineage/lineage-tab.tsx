/** The inspector's Lineage tab for one component of the shown environment. */
export function LineageTab({ id }: { id: string }) {
  return <p className="muted">Lineage of {id}</p>;
}
