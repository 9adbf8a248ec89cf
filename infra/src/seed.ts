import { parseArgs } from "node:util";
import { databaseUrl, logger, migrate, openDatabase, type SubgraphDefinition } from "@ipr/shared";
import { TypicalCase, office } from "@ipr/office";
import { Clue, EvidenceItem, EvidenceTransfer, Referral, ReferralEvent, linkage } from "@ipr/linkage";
import { Enterprise, SaicCase, Trademark, saic } from "@ipr/saic";
import { Patent, PatentCase, ipo } from "@ipr/ipo";
import { CopyrightCase, CopyrightWork, SoftwareLegalisationCheck, press } from "@ipr/press";
import { PlantVariety, PlantVarietyCase, agriculture } from "@ipr/agriculture";
import { CustomsJointOperation, CustomsRecordation, CustomsSeizure, customs } from "@ipr/customs";
import { CourierComplianceCheck, PostalInterception, postal } from "@ipr/postal";
import { CriminalCase, Person, police } from "@ipr/police";
import { ArrestReview, FilingSupervision, MisconductCase, Prosecution, procuratorate } from "@ipr/procuratorate";
import { ArrestReviewPerson } from "@ipr/procuratorate/dist/entities/arrest-review-person";
import { ProsecutionDefendant } from "@ipr/procuratorate/dist/entities/prosecution-defendant";
import { FilingSupervisionEvent } from "@ipr/procuratorate/dist/entities/filing-supervision-event";
import { CourtCase, Judgment, Sentence, courts } from "@ipr/courts";
import { generateDemo, type DemoData, type DemoOptions } from "./demo/generate";
import { prepareDatabase } from "./database";

type Rows = object[];
type Table = [entity: Function, rows: (data: DemoData) => Rows];

/**
 * Each agency's slice of the data set, through its own entities, parents before children (the
 * foreign keys inside an agency's schema hold at every insert). The first table of each agency is
 * the one `hasData` looks at.
 */
export const LAYOUT: ReadonlyArray<readonly [SubgraphDefinition, Table[]]> = [
  [office, [[TypicalCase, (d) => d.office.typicalCases]]],
  [
    linkage,
    [
      [Referral, (d) => d.linkage.referrals], [ReferralEvent, (d) => d.linkage.events], [Clue, (d) => d.linkage.clues],
      [EvidenceTransfer, (d) => d.linkage.evidenceTransfers], [EvidenceItem, (d) => d.linkage.evidenceItems],
    ],
  ],
  [saic, [[Enterprise, (d) => d.saic.enterprises], [Trademark, (d) => d.saic.trademarks], [SaicCase, (d) => d.saic.cases]]],
  [ipo, [[Patent, (d) => d.ipo.patents], [PatentCase, (d) => d.ipo.cases]]],
  [press, [[CopyrightWork, (d) => d.press.works], [CopyrightCase, (d) => d.press.cases], [SoftwareLegalisationCheck, (d) => d.press.softwareChecks]]],
  [agriculture, [[PlantVariety, (d) => d.agriculture.varieties], [PlantVarietyCase, (d) => d.agriculture.cases]]],
  [customs, [[CustomsRecordation, (d) => d.customs.recordations], [CustomsJointOperation, (d) => d.customs.jointOperations], [CustomsSeizure, (d) => d.customs.seizures]]],
  [postal, [[PostalInterception, (d) => d.postal.interceptions], [CourierComplianceCheck, (d) => d.postal.complianceChecks]]],
  [police, [[CriminalCase, (d) => d.police.criminalCases], [Person, (d) => d.police.persons]]],
  [
    procuratorate,
    [
      [ArrestReview, (d) => d.procuratorate.arrestReviews], [ArrestReviewPerson, (d) => d.procuratorate.arrestReviewPersons],
      [Prosecution, (d) => d.procuratorate.prosecutions], [ProsecutionDefendant, (d) => d.procuratorate.prosecutionDefendants],
      [FilingSupervision, (d) => d.procuratorate.filingSupervisions], [FilingSupervisionEvent, (d) => d.procuratorate.filingSupervisionEvents],
      [MisconductCase, (d) => d.procuratorate.misconductCases],
    ],
  ],
  [courts, [[CourtCase, (d) => d.courts.courtCases], [Judgment, (d) => d.courts.judgments], [Sentence, (d) => d.courts.sentences]]],
];

/** Every generated collection with its entity class and subgraph. */
export function slices(data: DemoData): Array<[SubgraphDefinition, Array<[Function, Rows]>]> {
  return LAYOUT.map(([def, tables]) => [def, tables.map(([entity, rows]) => [entity, rows(data)] as [Function, Rows])]);
}

/** PostgreSQL takes at most 65,535 parameters per statement: as many rows as fit, up to 5,000. */
const chunkSize = (rows: Rows) => Math.max(1, Math.min(5000, Math.floor(60_000 / Object.keys(rows[0] ?? {}).length)));

/**
 * Batch inserts (thousands of rows per statement, the agencies in parallel), so large scales load in
 * minutes. Ids are stable and conflicts ignored, so a load interrupted half-way is completed by
 * running it again, and loading twice changes nothing.
 */
export async function loadDemo(opts: DemoOptions & { url?: (name: string) => string } = {}) {
  const data = generateDemo(opts);
  const loaded = await Promise.all(
    slices(data).map(async ([def, tables]) => {
      const db = await openDatabase(def, opts.url?.(def.name) ?? databaseUrl(def.name), { pool: { min: 0, max: 2 } });
      try {
        await migrate(db);
        await db.orm.em.fork().transactional(async (em) => {
          for (const [entity, rows] of tables)
            for (let i = 0, size = chunkSize(rows); i < rows.length; i += size)
              await em.createQueryBuilder(entity as never).insert(rows.slice(i, i + size) as never).onConflict().ignore().execute();
        });
      } finally {
        await db.close();
      }
      return tables.map(([entity, rows]) => [`${def.name}.${entity.name}`, rows.length] as const);
    }),
  );
  return Object.fromEntries(loaded.flat()) as Record<string, number>;
}

/** Whether every agency already holds data (the launcher seeds, or completes, a database that does not). */
export async function hasData(url: (name: string) => string = databaseUrl): Promise<boolean> {
  for (const [def, [[first]]] of LAYOUT) {
    const db = await openDatabase(def, url(def.name));
    try {
      await migrate(db);
      if ((await db.orm.em.fork().count(first as never, {})) === 0) return false;
    } finally {
      await db.close();
    }
  }
  return true;
}

/** `npm run seed -- --scale N [--seed S]` loads the generated data set into DATABASE_URL. */
if (require.main === module) {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, seed: { type: "string", default: "2017" } } });
  (async () => {
    const server = await prepareDatabase((m) => logger.info(m));
    process.env.DATABASE_URL ??= server.url;
    const started = Date.now();
    const counts = await loadDemo({ scale: Number(values.scale), seed: Number(values.seed) });
    console.log(JSON.stringify({ ...counts, seconds: (Date.now() - started) / 1000 }, null, 2));
    await server.stop();
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
