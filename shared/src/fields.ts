import { Property, DecimalType } from "@mikro-orm/core";
import { Field } from "type-graphql";
import { DateScalar, DecimalScalar } from "./scalars";

interface FieldOptions {
  description?: string;
  nullable?: boolean;
  index?: boolean;
}

/** Both halves of a column that is also a GraphQL field, so the two cannot drift apart. */
type Decorator = (target: object, key: string) => void;
const both =
  (graphql: PropertyDecorator, column: Decorator) =>
  (target: object, key: string) => {
    graphql(target, key);
    column(target, key);
  };

/** An amount in yuan: `numeric(18,2)` in PostgreSQL, a string in JS, `Decimal` in GraphQL. */
export const AmountField = (opts: FieldOptions = {}) =>
  both(
    Field(() => DecimalScalar, { description: opts.description, nullable: opts.nullable }),
    Property({ type: new DecimalType("string"), precision: 18, scale: 2, nullable: opts.nullable }),
  );

/** A calendar date: `date` in PostgreSQL, `YYYY-MM-DD` in JS and GraphQL. */
export const DateField = (opts: FieldOptions = {}) =>
  both(
    Field(() => DateScalar, { description: opts.description, nullable: opts.nullable }),
    Property({ type: "date", nullable: opts.nullable, index: opts.index }),
  );

/** A GB/T 2260 region code, indexed: every list is filtered by region prefix. */
export const RegionField = (opts: FieldOptions = {}) =>
  both(
    Field(() => String, { description: opts.description ?? "6-digit GB/T 2260 region code" }),
    Property({ type: "string", length: 6, index: opts.index ?? true }),
  );
