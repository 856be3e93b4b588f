import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Where a county, city-county or city sits on the map: the Census FIPS code of its county (for a city, the county
 * its city hall is in). The map draws states by their USPS code and places smaller jurisdictions by this code on the
 * county geometry of us-atlas. Optional: a jurisdiction without one is listed beside the map, never guessed.
 */
export class JurisdictionCountyFips1795950165977 implements MigrationInterface {
  name = "JurisdictionCountyFips1795950165977";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE jurisdictions
        ADD COLUMN county_fips char(5) CHECK (county_fips ~ '^[0-9]{5}$'),
        ADD CONSTRAINT jurisdictions_state_has_no_county_fips CHECK (kind <> 'state' OR county_fips IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jurisdictions DROP COLUMN county_fips`);
  }
}
