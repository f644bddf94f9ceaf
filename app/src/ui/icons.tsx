/** Small line icons for the toolbar (decorative: every button also has a text label). */
function Icon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}

export const OpenIcon = () => <Icon d="M2.5 5.5v10h15v-8H9.5l-2-2Z" />;
export const LayoutIcon = () => (
  <Icon d="M3 4h5v4H3Zm9 0h5v4h-5Zm-4.5 8h5v4h-5ZM5.5 8v2h9V8M10 10v2" />
);
export const UndoIcon = () => <Icon d="M7.5 5 4 8.5 7.5 12M4 8.5h8a4 4 0 0 1 0 8H9" />;
export const RedoIcon = () => <Icon d="M12.5 5 16 8.5 12.5 12M16 8.5H8a4 4 0 0 0 0 8h3" />;
export const PlanIcon = () => <Icon d="M4 5h2m3 0h7M4 10h2m3 0h7M4 15h2m3 0h7" />;
export const ExportIcon = () => <Icon d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M3.5 13v3.5h13V13" />;
export const SunIcon = () => (
  <Icon d="M10 6.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7ZM10 2v1.5m0 13V18M2 10h1.5m13 0H18M4.3 4.3l1.1 1.1m9.2 9.2 1.1 1.1m0-11.4-1.1 1.1m-9.2 9.2-1.1 1.1" />
);
export const MoonIcon = () => <Icon d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8Z" />;
