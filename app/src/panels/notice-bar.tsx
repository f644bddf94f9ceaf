import { useEffect } from "react";
import { useEditor, useEditorApi } from "../store/editor-context.tsx";
import { CloseButton } from "../ui/close-button.tsx";

const fadeAfterMs = 6000;

/** The latest message; errors stay until dismissed, the rest fade after a while. */
export function NoticeBar() {
  const store = useEditorApi();
  const notice = useEditor((state) => state.notice);
  useEffect(() => {
    if (!notice || notice.tone === "error") return;
    const timer = setTimeout(() => {
      if (store.getState().notice === notice) store.getState().notify(null);
    }, fadeAfterMs);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === "error" ? "alert" : "status"}
      data-testid="notice"
    >
      <div className="notice-text">
        <p className="notice-title">{notice.title}</p>
        {notice.lines && notice.lines.length > 0 ? (
          <ul className="notice-lines">
            {notice.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <CloseButton label="Dismiss message" onClose={() => store.getState().notify(null)} />
    </div>
  );
}
