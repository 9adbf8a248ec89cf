import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Agency } from "./agency";

/*
 * The data-quality issue the procuratorate, the courts and linkage each contribute to the monthly
 * report. Several subgraphs return it, so it is @shareable and lives here: one definition, identical
 * fields and enum values in every subgraph, as composition requires.
 */

/** What is wrong with a record the monthly table counts, seen against the upstream agency's facts. */
export enum DataQualityIssueKind {
  ARREST_WITHOUT_FILED_CASE = "ARREST_WITHOUT_FILED_CASE",
  PROSECUTION_WITHOUT_FILED_CASE = "PROSECUTION_WITHOUT_FILED_CASE",
  PERSON_NOT_A_SUSPECT = "PERSON_NOT_A_SUSPECT",
  DECISION_BEFORE_FILING = "DECISION_BEFORE_FILING",
  TRIAL_WITHOUT_PROSECUTION = "TRIAL_WITHOUT_PROSECUTION",
  TRIAL_OF_UNPROSECUTED_CASE = "TRIAL_OF_UNPROSECUTED_CASE",
  SENTENCE_OF_NON_DEFENDANT = "SENTENCE_OF_NON_DEFENDANT",
  REFERRAL_FILED_WITHOUT_CASE = "REFERRAL_FILED_WITHOUT_CASE",
  CASE_FILED_BEFORE_REFERRAL = "CASE_FILED_BEFORE_REFERRAL",
  SUPERVISED_FILING_NOT_ON_REFERRAL = "SUPERVISED_FILING_NOT_ON_REFERRAL",
}
registerEnumType(DataQualityIssueKind, {
  name: "DataQualityIssueKind",
  description: "A cross-agency inconsistency behind a line of the monthly table",
  valuesConfig: {
    ARREST_WITHOUT_FILED_CASE: { description: "Procuratorate: arrest approved (批准逮捕) in a criminal case the police have not filed" },
    PROSECUTION_WITHOUT_FILED_CASE: { description: "Procuratorate: prosecution (提起公诉) of a criminal case the police have not filed" },
    PERSON_NOT_A_SUSPECT: { description: "Procuratorate: a person approved for arrest or prosecuted is not a suspect of the criminal case" },
    DECISION_BEFORE_FILING: { description: "Procuratorate: decided before the police filed the criminal case" },
    TRIAL_WITHOUT_PROSECUTION: { description: "Courts: a criminal trial of a prosecution the procuratorate does not know" },
    TRIAL_OF_UNPROSECUTED_CASE: { description: "Courts: a criminal trial of a case the procuratorate decided not to prosecute" },
    SENTENCE_OF_NON_DEFENDANT: { description: "Courts: a person sentenced who is not a defendant of the prosecution tried" },
    REFERRAL_FILED_WITHOUT_CASE: { description: "Linkage: a referral decided FILED with a criminal case the police do not know" },
    CASE_FILED_BEFORE_REFERRAL: { description: "Linkage: a referral answered with a criminal case filed before the referral was sent" },
    SUPERVISED_FILING_NOT_ON_REFERRAL: {
      description: "Procuratorate: a filing supervision recorded as filed whose referral linkage does not record FILED with a criminal case (the filing is the referral's fact)",
    },
  },
});

@Directive("@shareable")
@ObjectType({
  description:
    "A record a line of the monthly table counts whose reference to another agency's fact does not hold. Computed within the caller's view: an upstream record the caller may not read counts as unknown (the national office sees all).",
})
export class DataQualityIssue {
  @Field(() => Agency, { description: "The agency that recorded the inconsistent reference and is to correct it" })
  agency!: Agency;

  @Field(() => DataQualityIssueKind)
  kind!: DataQualityIssueKind;

  @Field(() => String, { description: "GraphQL type of the record, e.g. ArrestReview, CourtCase, Judgment, Referral" })
  recordType!: string;

  @Field(() => ID, { description: "Id of the record (an entity with `@key(fields: \"id\")`)" })
  recordId!: string;

  @Field(() => String, { description: "What is wrong, naming the upstream record" })
  message!: string;
}
