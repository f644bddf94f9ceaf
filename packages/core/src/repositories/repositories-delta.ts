import { targetsMoved } from "../graph/resolve-references.ts";
import { deltaOf } from "../repo/workspace-delta.ts";
import type { Repository } from "./repository.ts";

/**
 * A list of repositories made from an earlier one by an edit (`loadRepositories` from writes):
 * the same repositories, by name and in order, some of them loaded again from their earlier
 * version. What is memoised per list can then be carried over for the repositories that did not
 * change, instead of found again for all of them.
 */
const earlierLists = new WeakMap<readonly Repository[], readonly Repository[]>();

export function recordEarlierList(list: readonly Repository[], earlier: readonly Repository[]) {
  if (list === earlier) return;
  // one link back only: a long session must not keep every version of the workspace alive
  earlierLists.delete(earlier);
  earlierLists.set(list, earlier);
}

/**
 * The earlier list when every reference of the workspace finds what it found there: no
 * component added or removed in any repository, and no field a name match of any repository's
 * types reads changed (each changed repository was loaded from its earlier version, with its
 * catalog). Ids and matched fields are all that resolving across repositories reads of a
 * target, so whatever was found from them can be carried over. Null otherwise.
 */
export function earlierWithSameTargets(list: readonly Repository[]): readonly Repository[] | null {
  let found = sameTargets.get(list);
  if (found === undefined) {
    found = findEarlierWithSameTargets(list);
    sameTargets.set(list, found);
  }
  return found;
}

const sameTargets = new WeakMap<readonly Repository[], readonly Repository[] | null>();

function findEarlierWithSameTargets(list: readonly Repository[]): readonly Repository[] | null {
  const earlier = earlierLists.get(list);
  if (!earlier || earlier.length !== list.length) return null;
  for (const [index, repository] of list.entries()) {
    const before = earlier[index]!;
    if (repository === before) continue;
    if (repository.name !== before.name) return null;
    const delta = deltaOf(repository.workspace);
    if (delta?.previous !== before.workspace) return null;
    // a name match of another repository's types may read a field this one's do not
    for (const { workspace } of list) if (targetsMoved(workspace.catalog, delta)) return null;
  }
  return earlier;
}
