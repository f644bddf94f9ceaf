/** The part of `window.karma` (DESIGN.md section 4) that the specs call. */
interface KarmaWindowApi {
  loadFiles(files: Record<string, string>): Promise<void>;
  exportFiles(): Record<string, string | null>;
  getWorkspace(): { files: Record<string, string>; env: string | null };
  getPlan(): { actions: { component: string; env: string; action: string }[] };
  getIssues(): {
    severity: string;
    code: string;
    component: string | null;
    env: string | null;
    file: string;
    line: number;
    column: number;
    path: string;
    message: string;
  }[];
  loadSnapshot(text: string): unknown;
  getDrift(): { summary: Record<string, number> } | null;
  run(
    command: string,
    args: unknown,
  ): { ok: true; changed: boolean } | { ok: false; error: string };
  compareWith(ref: string | null): Promise<void>;
  showCommit(ref: string | null): Promise<void>;
}

declare global {
  interface Window {
    karma: KarmaWindowApi;
  }
}

export {};
