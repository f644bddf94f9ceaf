import type { NicknameFocusSlice } from "../../state/editor-store.ts";

export function createNicknameFocusSlice(
  set: (partial: Partial<NicknameFocusSlice>) => void,
): NicknameFocusSlice {
  return {
    nicknameFocus: null,
    focusNickname(nicknameFocus) {
      set({ nicknameFocus });
    },
  };
}
