import { Agency, assertAgency, badInput, checkAdminCaseCorrection, notFound, requireCreditCode, requirePastDate, requirePositiveAmount, requireText, type Context, type EntityManager } from "@ipr/shared";
import { PlantVariety, type PlantVarietySector } from "./entities/plant-variety";
import { PlantVarietyCase, PlantVarietyCaseCategory } from "./entities/plant-variety-case";
import type { CreatePlantVarietyCaseInput } from "./schema/inputs";
import type { RegisterPlantVarietyInput } from "./schema/inputs";

const RIGHT_NUMBER = /^[A-Z0-9.]{4,30}$/;

/** A right number as the register writes it: trimmed, 4-30 characters of A-Z, 0-9 and '.' (CNA20170123.4, 20170045). */
export function requireRightNumber(value: string, field: string): string {
  const rightNumber = value.trim();
  if (!RIGHT_NUMBER.test(rightNumber))
    throw badInput(field, `${JSON.stringify(value)} is not a plant-variety right number (4-30 characters of A-Z, 0-9 and '.')`);
  return rightNumber;
}

/**
 * The case's own facts that need no database: which variety (required for an infringement of a
 * variety right) and how much seed or how many seedlings (required for counterfeit seeds).
 */
export function checkPlantVarietyFacts(input: CreatePlantVarietyCaseInput) {
  const given = input.rightNumber?.trim() ? input.rightNumber : null;
  const rightNumber = given === null ? null : requireRightNumber(given, "input.rightNumber");
  if (rightNumber === null && input.category === PlantVarietyCaseCategory.VARIETY_RIGHT_INFRINGEMENT)
    throw badInput("input.rightNumber", "is required for an infringement of a variety right: name the infringed variety");

  const seedQuantityKg = input.seedQuantityKg ?? null;
  if (seedQuantityKg !== null) requirePositiveAmount(seedQuantityKg, "input.seedQuantityKg");
  const seedlingCount = input.seedlingCount ?? null;
  if (seedlingCount !== null && seedlingCount <= 0) throw badInput("input.seedlingCount", "must be a positive number of seedlings");
  if (input.category === PlantVarietyCaseCategory.COUNTERFEIT_SEEDS && seedQuantityKg === null && seedlingCount === null)
    throw badInput("input.seedQuantityKg", "a counterfeit-seeds case states the seed quantity (kg) or the number of seedlings (input.seedlingCount)");

  return { rightNumber, seedQuantityKg, seedlingCount };
}

/** The variety a case names must be on the register, of the case's own sector (agriculture and forestry each enforce their own). */
export async function checkAgainstRegister(em: EntityManager, rightNumber: string | null, sector: PlantVarietySector) {
  if (rightNumber === null) return;
  const variety = await em.findOne(PlantVariety, { rightNumber });
  if (!variety) throw notFound("input.rightNumber", "registered plant variety", rightNumber);
  if (variety.sector !== sector)
    throw badInput("input.rightNumber", `${rightNumber} is a variety of the ${variety.sector} sector; a ${sector} case concerns ${sector} varieties only`);
}

/** Every creation check on a plant-variety case as corrected: the columns correctPlantVarietyCase writes. */
export async function checkCorrectedPlantVarietyCase(ctx: Context, corrected: CreatePlantVarietyCaseInput, row: PlantVarietyCase) {
  const common = await checkAdminCaseCorrection(ctx, Agency.AGRICULTURE, PlantVarietyCase, corrected, row, "openedOn");
  const facts = checkPlantVarietyFacts(corrected);
  await checkAgainstRegister(ctx.em, facts.rightNumber, corrected.sector);
  return { ...common, sector: corrected.sector, category: corrected.category, ...facts };
}

/** A variety's register facts (AGRICULTURE only; the register is national), for its registration and its correction: the columns to write. */
export function checkPlantVariety(ctx: Context, input: RegisterPlantVarietyInput) {
  // the register has no region: any agriculture or forestry officer keeps it, nobody else
  assertAgency(ctx, Agency.AGRICULTURE);
  const rightNumber = requireRightNumber(input.rightNumber, "input.rightNumber");
  const denomination = requireText(input.denomination, "input.denomination", 100);
  const species = requireText(input.species, "input.species", 50);
  requireCreditCode(input.holderCreditCode, "input.holderCreditCode");
  const holderName = requireText(input.holderName, "input.holderName", 200);
  requirePastDate(input.grantedOn, "input.grantedOn", ctx.now());
  return { rightNumber, denomination, species, sector: input.sector, holderCreditCode: input.holderCreditCode, holderName, foreignInvested: input.foreignInvested, grantedOn: input.grantedOn };
}

/** A right number as given, or null when it is not one (lookups treat it as absent). */
export const parseRightNumber = (value: string): string | null => (RIGHT_NUMBER.test(value.trim()) ? value.trim() : null);
