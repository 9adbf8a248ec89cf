import { atLocal, pickCity, schedule, type DemoGenerator } from "@ipr/shared/demo";
import type { Complaint } from "../entities/complaint";

/** Records per unit of scale, spread over the reporting units (by weight) and the months of the data set. */
const PER_SCALE = 60;

/** commerce's part of the demo set (`npm start` loads it): its records, from its own random stream. */
export const demo: DemoGenerator = {
  organ: "商务部门",
  generate(world) {
    const rnd = world.random("commerce");
    schedule(world, rnd, PER_SCALE, (unit, date) => {
      const serial = world.serial("commerce-complaint");
      world.rows<Complaint>("commerce", "complaints").push({
        id: world.id("commerce-complaint", serial),
        documentNumber: `COMMERCE-${date.slice(0, 4)}-${serial}`,
        region: pickCity(rnd, unit).code,
        recordedOn: date,
        subject: `${unit.name}记录${serial}`,
        createdBy: `commerce-${unit.code}`,
        createdAt: atLocal(date, 10),
      });
    });
  },
};
