import { addComponentCommand } from "./add-component.ts";
import { adoptCommand } from "./adopt-component.ts";
import type { Command } from "./command.ts";
import { connectCommand } from "./connect-components.ts";
import { deleteCommand } from "./delete-components.ts";
import { disconnectCommand } from "./disconnect-components.ts";
import { duplicateCommand } from "./duplicate-components.ts";
import { promoteCommand } from "./promote-component.ts";
import { renameCommand } from "./rename-component.ts";
import { autoLayoutCommand, moveCommand } from "./save-positions.ts";
import { setConfigTextCommand } from "./set-config-text.ts";
import { setFieldCommand } from "./set-field.ts";

/** Every command, by id: what `window.karma.run(id, args)` can ask for. */
export const commands: ReadonlyMap<string, Command<never>> = new Map(
  [
    addComponentCommand,
    connectCommand,
    disconnectCommand,
    renameCommand,
    deleteCommand,
    setFieldCommand,
    setConfigTextCommand,
    duplicateCommand,
    promoteCommand,
    adoptCommand,
    moveCommand,
    autoLayoutCommand,
  ].map((command) => [command.id, command as Command<never>]),
);
