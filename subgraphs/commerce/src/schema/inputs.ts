import { Field, InputType } from "type-graphql";
import { DateScalar, ShortText } from "@ipr/shared";

@InputType()
export class CecordComplaintInput {
  @Field(() => String) documentNumber!: string;
  @Field(() => String, { description: "6-digit region code, inside the caller's region" }) region!: string;
  @Field(() => DateScalar) recordedOn!: string;
  @ShortText(200) subject!: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => String, { nullable: true, description: "Region code or a prefix region (e.g. 440000), inside the caller's" }) region?: string | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
}
