import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

/** What axe (and the canvas contrast check) found wrong, readable in a failure message. */
export interface Finding {
  state: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe's WCAG 2 A and AA rules run on the page as it is now. In the page itself (`axe.run`): the
 * default runs each frame's part, then opens a blank page to finish, which took twice as long here,
 * for cross-origin frames Karma does not have.
 */
export function runAxe(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).setLegacyMode(true).analyze();
}

/** axe's violations on the page as it is now, by rule and target. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await runAxe(page);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
  );
}

/** Runs axe (WCAG 2 A and AA) on the page as it is now and returns its violations, readable. */
export async function audit(page: Page, state: string): Promise<Finding[]> {
  const results = await runAxe(page);
  // "needs review" counts too, except colour contrast axe cannot measure (canvas: see canvasContrast;
  // elsewhere: entries scrolled under their list's edge, same colours as the ones it measured)
  const unsure = results.incomplete.filter((result) => result.id !== "color-contrast");
  return [...results.violations, ...unsure].map((violation) => ({
    state,
    rule: violation.id,
    impact: violation.impact ?? "unknown",
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/**
 * axe leaves the canvas's text "incomplete" (React Flow's transformed, layered viewport hides the
 * background from it), so this measures it directly: text colour (SVG fill for edge labels) against
 * the nearest opaque background, with the ancestors' opacity applied; 4.5:1 at least (WCAG 1.4.3).
 */
export async function canvasContrast(page: Page, state: string): Promise<Finding[]> {
  const low = await page.evaluate(() => {
    // Chrome reports color-mix() results as color(srgb r g b / a), channels 0..1
    const rgb = (css: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return css.startsWith("color(") ? [r * 255, g * 255, b * 255, a] : [r, g, b, a];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const background = (element: Element): number[] => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const label = at.closest(".react-flow__edge-textwrapper")?.querySelector("rect");
        const css = label ? getComputedStyle(label).fill : getComputedStyle(at).backgroundColor;
        const color = rgb(css);
        if (color[3]! >= 0.99) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const results: string[] = [];
    const texts = document.querySelectorAll(
      ".react-flow__node .node-text > span, .react-flow__node .issue-badge, .react-flow__node .repo-badge, .react-flow__edge-textwrapper text, .react-flow__attribution a",
    );
    for (const text of texts) {
      const style = getComputedStyle(text);
      let opacity = 1;
      for (let at: Element | null = text; at; at = at.parentElement)
        opacity *= Number(getComputedStyle(at).opacity);
      const bg = background(text);
      const fg = rgb(text instanceof SVGElement ? style.fill : style.color)
        .slice(0, 3)
        .map((c, i) => bg[i]! + (c - bg[i]!) * opacity);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi! + 0.05) / (lo! + 0.05);
      if (ratio < 4.5)
        results.push(`${text.getAttribute("class")} "${text.textContent}" ${ratio.toFixed(2)}:1`);
    }
    return results;
  });
  return low.length === 0
    ? []
    : [
        {
          state,
          rule: "canvas-contrast",
          impact: "serious",
          help: "canvas text below 4.5:1",
          targets: low,
        },
      ];
}

export function summary(findings: Finding[]): string {
  return findings
    .map(
      (finding) =>
        `[${finding.state}] ${finding.rule} (${finding.impact}): ${finding.help}\n` +
        finding.targets.map((target) => `    ${target}`).join("\n"),
    )
    .join("\n");
}
