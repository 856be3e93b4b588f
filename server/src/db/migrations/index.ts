import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { JurisdictionCountyFips1795950165977 } from "./1795950165977-JurisdictionCountyFips";
import { RecordRevisions1795960000000 } from "./1795960000000-RecordRevisions";
import { EditorialAccounts1795960100000 } from "./1795960100000-EditorialAccounts";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  JurisdictionCountyFips1795950165977,
  RecordRevisions1795960000000,
  EditorialAccounts1795960100000,
];
