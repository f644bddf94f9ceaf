import { describe, expect, it } from "vitest";
import { type FolderWrite, writeDirectories } from "./write-directory.ts";

/** An in-memory folder with the parts of FileSystemDirectoryHandle that writing uses. */
class MemoryDirectory {
  readonly kind = "directory";
  readonly directories = new Map<string, MemoryDirectory>();
  readonly files = new Map<string, string>();
  constructor(readonly name: string) {}

  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    let directory = this.directories.get(name);
    if (!directory) {
      if (!options?.create) throw new DOMException(name, "NotFoundError");
      directory = new MemoryDirectory(name);
      this.directories.set(name, directory);
    }
    return directory;
  }

  async getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.files.has(name)) {
      if (!options?.create) throw new DOMException(name, "NotFoundError");
      this.files.set(name, "");
    }
    return {
      getFile: async () => ({ text: async () => this.files.get(name)! }),
      createWritable: async () => {
        let written = "";
        return {
          write: async (text: string) => {
            written += text;
          },
          close: async () => {
            this.files.set(name, written);
          },
        };
      },
    };
  }

  async removeEntry(name: string) {
    this.files.delete(name);
  }

  read(path: string): string | undefined {
    const parts = path.split("/");
    const name = parts.pop()!;
    let directory: MemoryDirectory | undefined = this;
    for (const part of parts) directory = directory?.directories.get(part);
    return directory?.files.get(name);
  }

  static async with(files: Record<string, string>) {
    const root = new MemoryDirectory("repo");
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split("/");
      const name = parts.pop()!;
      let directory = root;
      for (const part of parts)
        directory = await directory.getDirectoryHandle(part, { create: true });
      directory.files.set(name, text);
    }
    return root;
  }
}

function writeDirectory(
  root: FileSystemDirectoryHandle,
  changes: FolderWrite["changes"],
  baseline: FolderWrite["baseline"],
) {
  return writeDirectories([{ root, changes, baseline }]);
}

const config = "iac/prod/vpc/main/config.json";
const old = "iac/prod/vpc/old/config.json";

describe("writeDirectories", () => {
  it("writes changed and new files, creating folders, and removes deleted ones", async () => {
    const baseline = { [config]: "{}\n", [old]: "{}\n" };
    const root = await MemoryDirectory.with(baseline);
    const outcome = await writeDirectory(
      root as unknown as FileSystemDirectoryHandle,
      { ".karma/layout/prod.json": "{\n}\n", [config]: '{"a": 1}\n', [old]: null },
      baseline,
    );
    expect(outcome).toEqual({
      written: [".karma/layout/prod.json", config, old],
      conflicts: [],
    });
    expect(root.read(".karma/layout/prod.json")).toBe("{\n}\n");
    expect(root.read(config)).toBe('{"a": 1}\n');
    expect(root.read(old)).toBeUndefined();
  });

  it("writes nothing when a file changed on disk since it was opened", async () => {
    const baseline = { [config]: "{}\n" };
    const root = await MemoryDirectory.with({ [config]: '{"edited": "elsewhere"}\n' });
    const outcome = await writeDirectory(
      root as unknown as FileSystemDirectoryHandle,
      { [config]: '{"a": 1}\n', ".karma/layout/prod.json": "{}\n" },
      baseline,
    );
    expect(outcome).toEqual({ written: [], conflicts: [config] });
    expect(root.read(config)).toBe('{"edited": "elsewhere"}\n');
    expect(root.read(".karma/layout/prod.json")).toBeUndefined();
  });

  it("refuses to overwrite a new file that appeared on disk meanwhile", async () => {
    const root = await MemoryDirectory.with({ ".karma/layout/prod.json": "{}\n" });
    const outcome = await writeDirectory(
      root as unknown as FileSystemDirectoryHandle,
      { ".karma/layout/prod.json": '{\n  "a/b": {"x": 1, "y": 2}\n}\n' },
      {},
    );
    expect(outcome.conflicts).toEqual([".karma/layout/prod.json"]);
  });

  it("writes into each repository's folder, or into none when one of them has a conflict", async () => {
    const baseline = { [config]: "{}\n" };
    const app = await MemoryDirectory.with(baseline);
    const network = await MemoryDirectory.with({ [config]: '{"edited": "elsewhere"}\n' });
    const writes = (second: MemoryDirectory): FolderWrite[] => [
      { root: app as unknown as FileSystemDirectoryHandle, changes: { [config]: "1\n" }, baseline },
      {
        root: second as unknown as FileSystemDirectoryHandle,
        changes: { [config]: "2\n" },
        baseline,
        name: (path) => `network/${path}`,
      },
    ];
    expect(await writeDirectories(writes(network))).toEqual({
      written: [],
      conflicts: [`network/${config}`],
    });
    expect(app.read(config)).toBe("{}\n");

    const clean = await MemoryDirectory.with(baseline);
    expect(await writeDirectories(writes(clean))).toEqual({
      written: [config, `network/${config}`],
      conflicts: [],
    });
    expect(app.read(config)).toBe("1\n");
    expect(clean.read(config)).toBe("2\n");
  });
});
