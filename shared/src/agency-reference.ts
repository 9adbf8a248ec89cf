import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { MANIFESTS } from "./registry";

/**
 * The member agencies as reference data in every agency's schema (table `agency`), kept in step with
 * the registry at every start. A column naming an agency references it, so adding an agency adds a
 * row, never a CHECK constraint in another agency's migration.
 */
@Entity({ tableName: "agency" })
export class AgencyReference {
  @PrimaryKey({ type: "text" }) code!: string;
  @Property({ type: "text" }) subgraph!: string;
  @Property({ type: "text", nullable: true }) department?: string | null;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * An entity property holding an agency code (typed `Agency`), stored in the column of its own name
 * and referencing the `agency` table: `@AgencyColumn() fromAgency!: Agency;`.
 */
export function AgencyColumn(options: { nullable?: boolean; index?: boolean } = {}): PropertyDecorator {
  return (target, property) =>
    ManyToOne(() => AgencyReference, { mapToPk: true, fieldName: snake(String(property)), nullable: options.nullable, index: options.index })(
      target,
      property as string,
    );
}

const rows = () => MANIFESTS.filter((m) => m.agency).map((m) => ({ code: m.agency!, subgraph: m.name, department: m.department ?? null }));

/** SQL that creates `<schema>.agency` if missing and brings its rows up to the registry's (for migrations and starts). */
export function agencyReferenceSql(schema: string): string[] {
  const literal = (v: string | null) => (v === null ? "null" : `'${v.replace(/'/g, "''")}'`);
  return [
    `create table if not exists "${schema}"."agency" ("code" text not null, "subgraph" text not null, "department" text null, constraint "agency_pkey" primary key ("code"));`,
    `insert into "${schema}"."agency" ("code", "subgraph", "department") values ${rows().map((r) => `(${literal(r.code)}, ${literal(r.subgraph)}, ${literal(r.department)})`).join(", ")} ` +
      `on conflict ("code") do update set "subgraph" = excluded."subgraph", "department" = excluded."department";`,
  ];
}
