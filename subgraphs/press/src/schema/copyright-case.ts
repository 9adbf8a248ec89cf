import { Field, InputType, Int } from "type-graphql";
import { AdminCaseCorrection, AdminCaseFilter, AdminCaseInput, DateScalar, DecimalScalar } from "@ipr/shared";
import { CopyrightPlatformType } from "../entities/copyright-case";
import { CopyrightWorkType } from "../entities/copyright-work";

@InputType()
export class CreateCopyrightCaseInput extends AdminCaseInput {
  @Field(() => DateScalar) openedOn!: string;
  @Field(() => CopyrightWorkType) workType!: CopyrightWorkType;
  @Field(() => Boolean, { description: "Online piracy (网络侵权盗版)" }) online!: boolean;
  @Field(() => CopyrightPlatformType, { nullable: true, description: "Required for an online case, null for an offline one" })
  platformType?: CopyrightPlatformType | null;
  @Field(() => Int, { nullable: true, description: "Number of infringing copies, at least 0" }) copies?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Illegal gains (违法所得), yuan, at least 0" }) illegalGains?: string | null;
  @Field(() => String, { nullable: true, description: "A work on the register, when the infringed work is registered" })
  registrationNumber?: string | null;
}

@InputType()
export class CopyrightCaseFilter extends AdminCaseFilter {
  @Field(() => CopyrightWorkType, { nullable: true }) workType?: CopyrightWorkType | null;
  @Field(() => Boolean, { nullable: true }) online?: boolean | null;
  @Field(() => CopyrightPlatformType, { nullable: true }) platformType?: CopyrightPlatformType | null;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
}

/** A correction of a copyright case: any of its fields, with a reason; the rest stay as they are. */
@InputType()
export class CorrectCopyrightCaseInput extends AdminCaseCorrection {
  @Field(() => DateScalar, { nullable: true }) openedOn?: string | null;
  @Field(() => CopyrightWorkType, { nullable: true }) workType?: CopyrightWorkType | null;
  @Field(() => Boolean, { nullable: true }) online?: boolean | null;
  @Field(() => CopyrightPlatformType, { nullable: true }) platformType?: CopyrightPlatformType | null;
  @Field(() => Int, { nullable: true }) copies?: number | null;
  @Field(() => DecimalScalar, { nullable: true }) illegalGains?: string | null;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
}
