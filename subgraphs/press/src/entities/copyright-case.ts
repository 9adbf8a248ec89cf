import { Entity, Enum, Property } from "@mikro-orm/core";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AdminCase, AmountField, DateField } from "@ipr/shared";
import { CopyrightWorkType } from "./copyright-work";

/** Where online piracy was found: the platforms the action plan singles out, and the rest of the web. */
export enum CopyrightPlatformType {
  E_COMMERCE = "E_COMMERCE",
  APP_STORE = "APP_STORE",
  WEBSITE = "WEBSITE",
  SOCIAL_MEDIA = "SOCIAL_MEDIA",
}
registerEnumType(CopyrightPlatformType, {
  name: "CopyrightPlatformType",
  description: "Kind of online platform an online piracy case concerns",
  valuesConfig: {
    E_COMMERCE: { description: "E-commerce platform (电商平台)" },
    APP_STORE: { description: "App store (应用商店)" },
    WEBSITE: { description: "Website, including video, music and literature sites (网站)" },
    SOCIAL_MEDIA: { description: "Social media and cloud sharing (社交媒体、网盘)" },
  },
});

/** An administrative copyright case of the copyright administration (版权行政执法). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An administrative copyright-infringement case of the copyright administration, online or offline" })
@Entity({ tableName: "copyright_case" })
export class CopyrightCase extends AdminCase {
  @DateField({ description: "Date the case was opened (立案); the monthly table counts by it", index: true })
  openedOn!: string;

  @Field(() => CopyrightWorkType)
  @Enum({ items: () => CopyrightWorkType })
  workType!: CopyrightWorkType;

  @Field(() => Boolean, { description: "Online piracy (网络侵权盗版)" })
  @Property({ type: "boolean" })
  online!: boolean;

  @Field(() => CopyrightPlatformType, { nullable: true, description: "The platform of an online case; null for an offline one" })
  @Enum({ items: () => CopyrightPlatformType, nullable: true })
  platformType?: CopyrightPlatformType | null;

  @Field(() => Int, { nullable: true, description: "Number of infringing copies (侵权复制品数量)" })
  @Property({ type: "integer", nullable: true })
  copies?: number | null;

  @AmountField({ nullable: true, description: "Illegal gains (违法所得), yuan: one of the criminal thresholds" })
  illegalGains?: string | null;

  /**
   * A plain indexed column, checked against the register on insert (works are never removed): the
   * kit's `many()` loader groups by a reference's `id`, which a work, keyed by its number, has not.
   */
  @Field(() => String, { nullable: true, description: "Registration number of the infringed work, when it is registered" })
  @Property({ type: "string", length: 60, nullable: true, index: true })
  registrationNumber?: string | null;
}
