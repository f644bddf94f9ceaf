import type { InputHTMLAttributes, Ref } from "react";

/**
 * A hidden file input, clicked by a button or menu item of ours. Hands over the chosen files
 * (none: nothing happens) and clears itself, so choosing the same file again is a change too.
 */
export function HiddenFileInput({
  ref,
  onFiles,
  ...attributes
}: {
  ref: Ref<HTMLInputElement>;
  onFiles: (files: File[]) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "accept" | "multiple">) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      {...attributes}
      onChange={(event) => {
        // copy before clearing the input, which empties its live FileList
        const files = [...(event.currentTarget.files ?? [])];
        event.currentTarget.value = "";
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}
