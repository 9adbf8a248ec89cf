import { Entity, Enum, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { DateField, Withdrawable } from "@ipr/shared";

/** Agriculture and forestry each grant and enforce their own varieties (action plan task 5). */
export enum PlantVarietySector {
  AGRICULTURE = "AGRICULTURE",
  FORESTRY = "FORESTRY",
}
registerEnumType(PlantVarietySector, {
  name: "PlantVarietySector",
  description: "Which administration granted a variety right and enforces it",
  valuesConfig: {
    AGRICULTURE: { description: "Agriculture (农业): the Ministry of Agriculture (农业部); crops, e.g. 玉米, 水稻" },
    FORESTRY: { description: "Forestry (林业): the National Forestry Administration (国家林业局); trees and woody plants, e.g. 杨树" },
  },
});

/** A granted plant-variety right (植物新品种权) on the national register, readable by every agency. */
@Directive('@key(fields: "rightNumber")')
@ObjectType({ description: "A plant variety protected by a plant-variety right (植物新品种权), on the national register" })
@Entity({ tableName: "plant_variety" })
export class PlantVariety extends Withdrawable {
  @Field(() => String, { description: "Plant-variety right number (品种权号), e.g. CNA20170123.4 (agriculture) or 20170045 (forestry)" })
  @PrimaryKey({ type: "string", length: 30 })
  rightNumber!: string;

  @Field(() => String, { description: "Variety denomination (品种名称)" })
  @Property({ type: "string", length: 100 })
  denomination!: string;

  @Field(() => String, { description: "Crop or tree species (作物/树种), e.g. 玉米, 水稻, 杨树" })
  @Property({ type: "string", length: 50, index: true })
  species!: string;

  @Field(() => PlantVarietySector)
  @Enum({ items: () => PlantVarietySector, index: true })
  sector!: PlantVarietySector;

  @Field(() => String, { description: "Credit code of the right holder (品种权人)" })
  @Property({ type: "string", length: 18, index: true })
  holderCreditCode!: string;

  @Field(() => String, { description: "Name of the right holder as granted" })
  @Property({ type: "string", length: 200 })
  holderName!: string;

  @Field(() => Boolean, { description: "The right holder is a foreign-invested enterprise" })
  @Property({ type: "boolean" })
  foreignInvested!: boolean;

  @DateField({ description: "Date the right was granted (授权日)", index: true })
  grantedOn!: string;
}
