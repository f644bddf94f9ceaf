/** The repository a card's component belongs to, when the workspace has several. */
export function RepositoryBadge({ repo }: { repo: string }) {
  return (
    <span className="repo-badge" title={`In repository ${repo}`}>
      <span className="visually-hidden">repository </span>
      {repo}
    </span>
  );
}
