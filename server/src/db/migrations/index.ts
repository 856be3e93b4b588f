import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { JurisdictionCountyFips1795950165977 } from "./1795950165977-JurisdictionCountyFips";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [InitialSchema1764300000000, JurisdictionCountyFips1795950165977];
