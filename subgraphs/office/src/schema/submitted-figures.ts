import { Field, Int, ObjectType } from "type-graphql";
import { CaseTally, DecimalScalar, REPORT_LINES, type RegisteredLine } from "@ipr/shared";

/*
 * The office's copies of the agencies' line types, for figures frozen at submission, built from the
 * registry's lines. Lines of the kit's shareable CaseTally reuse it; the others get `Submitted<Type>`
 * names, because PoliceTally & co. belong to their agencies (same-named value types in two subgraphs
 * must be shareable).
 */

function submittedType(line: RegisteredLine): Function {
  if (line.type === "CaseTally") return CaseTally;
  const type = { [`Submitted${line.type}`]: class {} }[`Submitted${line.type}`];
  for (const m of line.measures)
    Field(() => (m.kind === "count" ? Int : DecimalScalar), m.description ? { description: m.description } : {})(type.prototype, m.measure);
  ObjectType(`Submitted${line.type}`, { description: line.description })(type);
  return type;
}

/** Every agency's lines of a table as they stood when the unit submitted it (the frozen snapshot). */
@ObjectType({ description: "Every agency's lines of the table, frozen when the unit submitted it; later case edits do not change them" })
export class SubmittedFigures {
  [line: string]: Record<string, number | string>;
}
for (const line of REPORT_LINES) {
  const type = submittedType(line); // built once, before the schema is
  Field(() => type, { description: line.description })(SubmittedFigures.prototype, line.line);
}

/** A measure of a submitted table whose live value has changed since (a case opened, edited or closed later). */
@ObjectType({ description: "A measure of the submitted table that no longer matches the live figures" })
export class ReportDifference {
  @Field(() => String, { description: "The line, e.g. trademarkCases or police" }) line!: string;
  @Field(() => String, { description: "The measure, e.g. cases or amountInvolved" }) measure!: string;
  @Field(() => String, { description: "The value in the latest submitted version" }) submitted!: string;
  @Field(() => String, { description: "The value the agency computes today" }) live!: string;
}
