import { describe, expect, it } from "vitest";
import { showMove } from "./visible-area.ts";

const size = { width: 1000, height: 800 };
const padding = { top: 60, right: 24, bottom: 56, left: 24 };

describe("showMove", () => {
  it("leaves nodes that are in the free area where they are", () => {
    const bounds = { x: 100, y: 100, width: 200, height: 100 };
    expect(showMove(bounds, { x: 0, y: 0, zoom: 1 }, size, padding)).toEqual({ kind: "shown" });
  });

  it("pans as little as brings nodes hidden by a panel or off the edge into view", () => {
    // under the toolbar: down by what is missing
    const underToolbar = { x: 100, y: 20, width: 200, height: 60 };
    expect(showMove(underToolbar, { x: 0, y: 0, zoom: 1 }, size, padding)).toEqual({
      kind: "pan",
      x: 0,
      y: 40,
    });
    // beyond the right edge after the inspector opened: left by what is missing
    const offRight = { x: 900, y: 300, width: 240, height: 60 };
    expect(showMove(offRight, { x: 0, y: 0, zoom: 1 }, size, padding)).toEqual({
      kind: "pan",
      x: -164,
      y: 0,
    });
  });

  it("counts in screen pixels at the current zoom", () => {
    // 1900..2100 at zoom 0.5 is 950..1050 on screen; the free area ends at 976
    const bounds = { x: 1900, y: 0, width: 200, height: 100 };
    expect(showMove(bounds, { x: 0, y: 100, zoom: 0.5 }, size, padding)).toEqual({
      kind: "pan",
      x: -74,
      y: 100,
    });
  });

  it("asks for a fit when the nodes are larger than the free area", () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 100 };
    expect(showMove(bounds, { x: 0, y: 0, zoom: 1 }, size, padding)).toEqual({
      kind: "fit",
      padding,
    });
  });

  it("keeps the nodes out of the minimap's corner when a pan can", () => {
    const corner = { width: 190, height: 140 };
    // at the bottom right: moved up, the least pan that clears the corner
    const bottomRight = { x: 700, y: 650, width: 240, height: 60 };
    expect(showMove(bottomRight, { x: 0, y: 0, zoom: 1 }, size, padding, corner)).toEqual({
      kind: "pan",
      x: 0,
      y: -50,
    });
    // elsewhere the corner does not matter
    const topLeft = { x: 100, y: 100, width: 240, height: 60 };
    expect(showMove(topLeft, { x: 0, y: 0, zoom: 1 }, size, padding, corner)).toEqual({
      kind: "shown",
    });
  });

  it("fits the nodes beside or above the minimap's corner when no pan clears it", () => {
    const corner = { width: 190, height: 140 };
    // as wide as the free area and nearly as tall: above the corner draws it larger
    const wide = { x: 24, y: 80, width: 950, height: 650 };
    expect(showMove(wide, { x: 0, y: 0, zoom: 1 }, size, padding, corner)).toEqual({
      kind: "fit",
      padding: { ...padding, bottom: 140 },
    });
    // a tall one larger than the area: beside the corner draws it larger
    const tall = { x: 0, y: 0, width: 200, height: 1600 };
    expect(showMove(tall, { x: 0, y: 0, zoom: 1 }, size, padding, corner)).toEqual({
      kind: "fit",
      padding: { ...padding, right: 190 },
    });
  });
});
