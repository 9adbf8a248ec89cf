import type { FeedColumn, FeedSource, ListDataset, Row } from "./model";

/** A column's path for one source: `$date` → the source's date field; `=x` stays a constant. */
const pathIn = (source: FeedSource, path: string) => (path.startsWith("$") ? source.fields?.[path.slice(1)] ?? path : path);

type Tree = Map<string, Tree>;

/** The GraphQL selection of a node that every column's path needs (constants need none). */
export function nodeSelection(dataset: ListDataset, source: FeedSource, columns: readonly FeedColumn[] = dataset.columns): string {
  const tree: Tree = new Map();
  const raw: string[] = [];
  for (const c of columns) {
    if (c.path.startsWith("=")) continue;
    if (c.select) {
      raw.push(c.select);
      continue;
    }
    let node = tree;
    for (const step of pathIn(source, c.path).split(".")) {
      if (!node.has(step)) node.set(step, new Map());
      node = node.get(step)!;
    }
  }
  const print = (t: Tree): string => [...t].map(([k, sub]) => (sub.size ? `${k} { ${print(sub)} }` : k)).join(" ");
  return [print(tree), ...raw].join(" ");
}

/** The value at `path`: a list on the way gives its last element (the latest referral), a missing step null. */
function valueAt(node: unknown, path: string): unknown {
  let value = node;
  for (const step of path.split(".")) {
    if (Array.isArray(value)) value = value.at(-1);
    if (value == null || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[step];
  }
  return Array.isArray(value) ? value.at(-1) ?? null : value ?? null;
}

/** The rows of one node: one, or one per element of the dataset's `unnest` list. */
export function rowsOf(dataset: ListDataset, source: FeedSource, node: Record<string, unknown>, columns: readonly FeedColumn[] = dataset.columns): Row[] {
  const row = (n: Record<string, unknown>): Row =>
    columns.map((c) => (c.path.startsWith("=") ? source.constants?.[c.path.slice(1)] ?? null : (valueAt(n, pathIn(source, c.path)) as Row[number])));
  if (!dataset.unnest) return [row(node)];
  const list = node[dataset.unnest];
  return Array.isArray(list) ? list.map((element) => row({ ...node, [dataset.unnest!]: element })) : [];
}
