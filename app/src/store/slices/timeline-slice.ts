import type { StoreApi } from "zustand/vanilla";
import type { EditorStore, TimelineSlice } from "../../state/editor-store.ts";

export function createTimelineSlice(set: StoreApi<EditorStore>["setState"]): TimelineSlice {
  return {
    timelineOpen: false,
    shownCommit: null,
    setTimelineOpen(timelineOpen) {
      // a closed timeline shows no commit
      set(timelineOpen ? { timelineOpen } : { timelineOpen, shownCommit: null });
    },
    setShownCommit(shownCommit) {
      set({ shownCommit });
    },
  };
}
