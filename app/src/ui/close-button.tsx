/** The × that closes a panel or dismisses a message; `label` says what it closes. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="button button-icon" aria-label={label} onClick={onClose}>
      ×
    </button>
  );
}
