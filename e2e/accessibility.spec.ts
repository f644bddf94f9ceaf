import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/strall-com";

interface Finding {
  state: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2 A and AA) on the page as it is now and returns its violations, readable. */
async function audit(page: Page, state: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
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
async function canvasContrast(page: Page, state: string): Promise<Finding[]> {
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
      ".react-flow__node .node-text > span, .react-flow__node .issue-badge, .react-flow__edge-textwrapper text, .react-flow__attribution a",
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

function summary(findings: Finding[]): string {
  return findings
    .map(
      (finding) =>
        `[${finding.state}] ${finding.rule} (${finding.impact}): ${finding.help}\n` +
        finding.targets.map((target) => `    ${target}`).join("\n"),
    )
    .join("\n");
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    async function opened(page: Page): Promise<EditorPage> {
      const editor = new EditorPage(page);
      await editor.open();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      return editor;
    }

    test("the canvas, the shortcuts sheet, the finder and the Open menu have no violations", async ({
      page,
    }) => {
      const editor = await opened(page);
      const findings: Finding[] = [];
      findings.push(...(await audit(page, "sample opened")));
      findings.push(...(await canvasContrast(page, "sample opened")));

      await page.locator("body").press("?");
      await expect(page.getByTestId("shortcuts-sheet")).toBeVisible();
      findings.push(...(await audit(page, "shortcuts sheet")));
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("shortcuts-sheet")).toHaveCount(0);

      await page.keyboard.press("Control+k");
      const finder = page.getByTestId("finder");
      await expect(finder).toBeVisible();
      await page.keyboard.type("strall");
      findings.push(...(await audit(page, "finder")));
      await page.keyboard.press("Escape");
      await expect(finder).toBeHidden();

      await editor.button("Open").click();
      await expect(page.getByRole("menu")).toBeVisible();
      findings.push(...(await audit(page, "open menu")));
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toBeHidden();
      expect(findings, summary(findings)).toEqual([]);
    });

    test("every tab of the inspector has no violations", async ({ page }) => {
      const editor = await opened(page);
      const inspector = new InspectorPanel(page);
      const findings: Finding[] = [];
      await editor.node(zone).click();
      await inspector.expectShowing(zone);
      findings.push(...(await audit(page, "inspector: Config")));
      // the rest of the canvas recedes, still readable
      findings.push(...(await canvasContrast(page, "lineage traced")));
      for (const tab of ["JSON", "Lineage", "Runtime"] as const) {
        await inspector.tab(tab).click();
        await expect(inspector.tab(tab)).toHaveAttribute("aria-selected", "true");
        findings.push(...(await audit(page, `inspector: ${tab}`)));
      }
      expect(findings, summary(findings)).toEqual([]);
    });

    test("the plan after an edit, the export dialog and the compare dialog have no violations", async ({
      page,
    }) => {
      const editor = await opened(page);
      const inspector = new InspectorPanel(page);
      const findings: Finding[] = [];
      await editor.node(zone).click();
      await inspector.expectShowing(zone);
      await editor.button("Plan").click();
      await inspector.setField("comment", "Zone of strall.com");
      await expect(page.getByTestId("plan-summary")).toContainText("1 to update");
      findings.push(...(await audit(page, "plan after an edit")));
      findings.push(...(await canvasContrast(page, "plan after an edit")));

      await editor.button("Export").click();
      await expect(page.getByTestId("export-dialog")).toBeVisible();
      findings.push(...(await audit(page, "export dialog")));
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("export-dialog")).toHaveCount(0);

      await editor.button("Compare").click();
      const compare = page.getByTestId("compare-dialog");
      await compare.getByLabel("with").selectOption("prod");
      await compare.getByLabel("Compare").selectOption("dev");
      await expect(compare.getByTestId("compare-summary")).toContainText("different");
      findings.push(...(await audit(page, "compare dialog")));
      await page.keyboard.press("Escape");
      await expect(compare).toHaveCount(0);

      // a deleted component stays as a ghost until export, its name still readable
      await editor.node(zone).click();
      await inspector.root.getByRole("button", { name: `Delete ${zone}` }).click();
      await page
        .getByTestId("delete-dialog")
        .getByRole("button", { name: "Delete", exact: true })
        .click();
      await expect(editor.node(zone)).toHaveAttribute("data-plan", "delete");
      findings.push(...(await audit(page, "a deleted component's ghost")));
      findings.push(...(await canvasContrast(page, "a deleted component's ghost")));
      expect(findings, summary(findings)).toEqual([]);
    });
  });
}
