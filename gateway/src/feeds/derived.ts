import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLSchema,
} from "graphql";
import { MANIFESTS } from "@ipr/shared";
import { isPersonal } from "../audit/personal";
import type { ColumnType, Dataset, FeedColumn, ListDataset } from "./model";

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
const TYPES: Record<string, ColumnType> = { Int: "integer", Boolean: "boolean", Decimal: "decimal", Date: "date", DateTime: "timestamp" };
/** The feed parameters and the filter field each needs. */
const PARAMETERS = { region: "region", from: "from", to: "to", updatedSince: "updatedSince" } as const;

/**
 * The feed of a dataset a manifest declares with no file of its own in datasets/: one row per node of
 * its list, a column per scalar or enum field of the node (snake_case, typed as the schema types it),
 * leaving out lists, fields that need arguments and fields the schema calls personal data. So a new
 * agency's dataset is served as soon as its manifest names it; a file in datasets/ takes over when
 * its columns need choosing (paths into other agencies' records, masks, a union).
 */
export function derivedDataset(spec: { name: string; list: string; description: string }, schema: GraphQLSchema): ListDataset {
  const root = schema.getQueryType()?.getFields()[spec.list];
  const filterArg = root?.args.find((a) => a.name === "filter");
  const connection = root && getNamedType(root.type);
  const edge = isObjectType(connection) ? getNamedType(connection.getFields().edges?.type) : undefined;
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  const filter = filterArg && getNamedType(filterArg.type);
  if (!isObjectType(node) || !isInputObjectType(filter) || !node.getFields().id) {
    throw new Error(`feeds: the dataset ${spec.name} reads ${spec.list}, which is no Relay list of records with an id and a filter`);
  }
  const columns: FeedColumn[] = Object.values(node.getFields()).flatMap((f) => {
    const type = getNamedType(f.type);
    const plain = !isListType(getNullableType(f.type)) && !f.args.some((a) => isNonNullType(a.type)) && !isPersonal(f) && !f.deprecationReason;
    if (!plain || !(isScalarType(type) || isEnumType(type))) return [];
    return [{ name: snake(f.name), type: TYPES[type.name] ?? "string", path: f.name, description: f.description ?? `${node.name}.${f.name}` }];
  });
  const filters = filter.getFields();
  return {
    kind: "list",
    name: spec.name,
    description: spec.description,
    sources: [{ list: spec.list, filter: filter.name }],
    columns,
    withdrawable: "withdrawn" in filters && "updatedSince" in filters,
    key: ["id"],
    unsupported: Object.entries(PARAMETERS).filter(([, field]) => !(field in filters)).map(([parameter]) => parameter),
  };
}

/** The datasets with a file, then every other dataset the manifests declare, derived from the schema. */
export function feedDatasets(declared: readonly Dataset[], schema: GraphQLSchema): Dataset[] {
  const named = new Set(declared.map((d) => d.name));
  const derived = MANIFESTS.flatMap((m) => m.datasets ?? []).filter((d) => !named.has(d.name)).map((d) => derivedDataset(d, schema));
  const withdrawals = declared.filter((d) => d.kind === "withdrawals");
  return [...declared.filter((d) => d.kind !== "withdrawals"), ...derived, ...withdrawals];
}
