export function IssueBadge({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors + warnings === 0) return null;
  const tone = errors > 0 ? "error" : "warning";
  const label = [
    errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : null,
    warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <span className={`issue-badge issue-badge-${tone}`} title={label}>
      {errors + warnings}
    </span>
  );
}
