import { badInput, requirePositiveAmount } from "@ipr/shared";
import { PlantVarietyCaseCategory } from "./entities/plant-variety-case";
import type { CreatePlantVarietyCaseInput } from "./schema/inputs";

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
