import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import { badInput } from "./errors";
import { readsWithdrawn } from "./change-tracking";
import { WITH_WITHDRAWN } from "./withdrawable";

@Directive("@shareable")
@ObjectType({ description: "Relay page information" })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** `class SaicCaseConnection extends Connection(SaicCase) {}` gives `SaicCaseConnection` and `SaicCaseEdge`. */
export function Connection<T extends object>(Node: ClassType<T>) {
  @ObjectType(`${Node.name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => Node) node!: T;
  }
  // never emitted itself (type-graphql 2 emits only reachable types); subclasses carry the name
  @ObjectType(`${Node.name}ConnectionBase`)
  abstract class ConnectionType implements Page<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: "All matches of the filter, not just this page" }) totalCount!: number;
  }
  return ConnectionType;
}

export const DEFAULT_PAGE = 20;
// large enough that a BI feed or bulk reader pages 100,000 rows in 100 requests, not 1,000; the
// gateway's cost rule (costMaxFirst = MAX_PAGE) still refuses a big page of a deep nested selection
export const MAX_PAGE = 1000;

/** `first` / `after` of every list field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE} (default ${DEFAULT_PAGE})` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: "The endCursor of the previous page" })
  after?: string | null;
}

const encode = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString("base64url");
function decode(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value as [string, string];
  } catch {
    /* fall through */
  }
  throw badInput("after", "not a cursor returned by this list");
}

const sortKey = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Keyset pagination, newest first by `sortField` then id: stable under inserts, one statement per page,
 * and the count runs only when `totalCount` is selected.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
  sortField: keyof T & string,
  keyField: keyof T & string = "id" as keyof T & string,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput("first", `must be between 0 and ${MAX_PAGE}`);
  let pageWhere: Record<string, unknown> = where;
  if (args.after) {
    const [sortValue, id] = decode(args.after);
    // the redundant `<=` bound lets the sort column's index start at the cursor: a deep page costs what the first does
    // (without it PostgreSQL walks every row before the cursor: 90 ms instead of 0.6 ms 20,000 rows in)
    pageWhere = { $and: [where, { [sortField]: { $lte: sortValue } }, { $or: [{ [sortField]: { $lt: sortValue } }, { [sortField]: sortValue, [keyField]: { $lt: id } }] }] };
  }
  // a filter asking for withdrawn records (`withdrawn: true`, for incremental feeds) reads past the live filter
  const live = readsWithdrawn(where) ? WITH_WITHDRAWN : {};
  const rows = await em.find(entity, pageWhere as FilterQuery<T>, { orderBy: { [sortField]: "desc", [keyField]: "desc" }, limit: first + 1, ...live } as never);
  const edges = rows.slice(0, first).map((node) => ({ cursor: encode([sortKey(node[sortField]), String(node[keyField])]), node }));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return (count ??= em.count(entity, where as FilterQuery<T>, live));
    },
  };
}

