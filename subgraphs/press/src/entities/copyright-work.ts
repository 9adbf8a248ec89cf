import { Entity, Enum, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";

/** The kinds of work task (4) of the action plan names for online-piracy enforcement. */
export enum CopyrightWorkType {
  FILM = "FILM",
  MUSIC = "MUSIC",
  SOFTWARE = "SOFTWARE",
  ANIMATION = "ANIMATION",
  TEXTBOOK = "TEXTBOOK",
  OTHER = "OTHER",
}
registerEnumType(CopyrightWorkType, {
  name: "CopyrightWorkType",
  description: "Kind of copyright work",
  valuesConfig: {
    FILM: { description: "Film and television works (影视作品)" },
    MUSIC: { description: "Musical works and recordings (音乐作品)" },
    SOFTWARE: { description: "Computer software (计算机软件)" },
    ANIMATION: { description: "Animation (动漫作品)" },
    TEXTBOOK: { description: "Textbooks and teaching materials (教材)" },
    OTHER: { description: "Any other work (其他作品)" },
  },
});

/**
 * A work on the national copyright register (作品登记 / 计算机软件著作权登记). The register is
 * public: every agency reads all of it, whatever its region.
 */
@Directive('@key(fields: "registrationNumber")')
@ObjectType({ description: "A work on the national copyright register" })
@Entity({ tableName: "copyright_work" })
export class CopyrightWork extends Withdrawable {
  @Field(() => String, { description: "Copyright registration number, e.g. 国作登字-2017-F-00412345 or software 2017SR123456" })
  @PrimaryKey({ type: "string", length: 60 })
  registrationNumber!: string;

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => CopyrightWorkType)
  @Enum({ items: () => CopyrightWorkType, index: true })
  workType!: CopyrightWorkType;

  @Field(() => String, { description: "Credit code of the copyright owner (著作权人)" })
  @Property({ type: "string", length: 18, index: true })
  ownerCreditCode!: string;

  @Field(() => String, { description: "Name of the copyright owner as registered" })
  @Property({ type: "string", length: 200 })
  ownerName!: string;

  @Field(() => Boolean, { description: "The owner is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @DateField({ description: "Date of registration", index: true })
  registeredOn!: string;

  @Field(() => Date)
  @Property({ type: "datetime" })
  createdAt: Date & Opt = new Date();
}
