import { builtinCatalog, type Catalog, type Category, categories } from "@karma/core";

export interface PaletteEntry {
  type: string;
  title: string;
  description: string;
  /** Defined by the repository (`.karma/types/<type>.json`), not built in. */
  custom: boolean;
}

export interface PaletteGroup {
  category: Category;
  entries: PaletteEntry[];
}

/**
 * The catalog's types by category (in the catalog's category order), each sorted by title,
 * keeping those whose type, title, description or category holds every word of the query.
 */
export function paletteGroups(catalog: Catalog, query: string): PaletteGroup[] {
  const builtin = builtinCatalog().types;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<Category, PaletteEntry[]>();
  for (const definition of catalog.types.values()) {
    const text =
      `${definition.type} ${definition.title} ${definition.description} ${definition.category}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) continue;
    const entries = groups.get(definition.category) ?? [];
    entries.push({
      type: definition.type,
      title: definition.title,
      description: definition.description,
      custom: builtin.get(definition.type) !== definition,
    });
    groups.set(definition.category, entries);
  }
  return categories
    .filter((category) => groups.has(category))
    .map((category) => ({
      category,
      entries: groups.get(category)!.sort((a, b) => a.title.localeCompare(b.title)),
    }));
}
