import { memo } from "react";

/**
 * A small glyph and colour per component type, so types can be told apart at a glance. The glyph
 * is SVG markup of our own (never from a repository): the canvas and the diagram export draw it.
 */
const glyphs: Record<string, { color: string; shape: string }> = {
  vpc: {
    color: "#2f7d32",
    shape: '<path d="M5 15a4 4 0 0 1 .5-8 5 5 0 0 1 9.5 1.5A3.3 3.3 0 0 1 15 15Z" />',
  },
  "s3-bucket": {
    color: "#c2410c",
    shape: '<path d="M4 5h12l-1.6 11H5.6Zm0 0c0-1.2 2.7-2 6-2s6 .8 6 2-2.7 2-6 2-6-.8-6-2" />',
  },
  "route53-zone": {
    color: "#7c3aed",
    shape:
      '<circle cx="10" cy="10" r="6.5" />' +
      '<path d="M3.5 10h13M10 3.5c-3 3.5-3 9.5 0 13M10 3.5c3 3.5 3 9.5 0 13" />',
  },
  "serverless-site": {
    color: "#0369a1",
    shape: '<path d="M3 4.5h14v11H3Zm0 3h14M5.5 6h.01M7.5 6h.01" />',
  },
  "serverless-api": {
    color: "#0f766e",
    shape:
      '<path d="M7.5 4C5 4 6.5 9.5 4 10c2.5.5 1 6 3.5 6M12.5 4c2.5 0 1 5.5 3.5 6-2.5.5-1 6-3.5 6" />',
  },
  lambda: {
    color: "#d97706",
    shape: '<path d="M5 4h3l7 12M10.5 9.5 5.5 16" />',
  },
  "ecs-cluster": {
    color: "#b45309",
    shape:
      '<path d="M3.5 3.5h5.5v5.5H3.5Zm7.5 0h5.5v5.5H11Zm-7.5 7.5h5.5v5.5H3.5Zm7.5 0h5.5v5.5H11Z" />',
  },
  "ecs-service": {
    color: "#9a3412",
    shape: '<path d="m10 3 6.5 3.5v7L10 17l-6.5-3.5v-7Zm0 7 6.5-3.5M10 10v7M10 10 3.5 6.5" />',
  },
  "cognito-sso": {
    color: "#be123c",
    shape:
      '<path d="M10 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5.5 6.5c.5-3 2.8-4.5 5.5-4.5s5 1.5 5.5 4.5" />',
  },
  clickhouse: {
    color: "#a16207",
    shape: '<path d="M4 4v12M7.5 4v12M11 4v12M14.5 8.5v3" />',
  },
  grafana: {
    color: "#ea580c",
    shape: '<path d="M3.5 16.5h13M4.5 13l3.5-4 3 2.5 4.5-6" />',
  },
  openapi: {
    color: "#15803d",
    shape: '<path d="M5 3h7l3 3v11H5Zm7 0v3h3M7.5 10h5M7.5 13h5" />',
  },
  "email-forwarding": {
    color: "#4f46e5",
    shape: '<path d="M3 5h14v10H3Zm0 0 7 6 7-6" />',
  },
};

const unknownGlyph = {
  color: "#64748b",
  shape: '<path d="M4 4h12v12H4Zm4 4.5a2 2 0 1 1 2.5 2c-.4.2-.5.5-.5 1M10 14h.01" />',
};

export function typeColor(type: string): string {
  return (glyphs[type] ?? unknownGlyph).color;
}

/** The glyph of a type as SVG elements for a 20 × 20 box, stroked in `currentColor`. */
export function typeGlyph(type: string): string {
  return (glyphs[type] ?? unknownGlyph).shape;
}

export const TypeIcon = memo(function TypeIcon({ type }: { type: string }) {
  const glyph = glyphs[type] ?? unknownGlyph;
  return (
    <span className="type-icon" style={{ color: glyph.color }} aria-hidden="true">
      <svg
        viewBox="0 0 20 20"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: constant markup of this module
        dangerouslySetInnerHTML={{ __html: glyph.shape }}
      />
    </span>
  );
});
