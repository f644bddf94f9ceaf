/**
 * A component whose nickname the inspector should put the cursor in once it shows it: a new
 * component from the palette, so its name can be typed right away.
 */
export interface NicknameFocusSlice {
  nicknameFocus: string | null;
  focusNickname(id: string | null): void;
}

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
