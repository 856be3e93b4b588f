import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { JurisdictionCountyFips1795950165977 } from "./1795950165977-JurisdictionCountyFips";
import { RecordRevisions1795960000000 } from "./1795960000000-RecordRevisions";
import { CountsInOnePass1796000000000 } from "./1796000000000-CountsInOnePass";
import { CountRollups1796000100000 } from "./1796000100000-CountRollups";
import { FullTextSearch1796100000000 } from "./1796100000000-FullTextSearch";
import { RateLimits1796200000000 } from "./1796200000000-RateLimits";
import { EditorialAccounts1796300000000 } from "./1796300000000-EditorialAccounts";
import { KeysetPaging1797400000000 } from "./1797400000000-KeysetPaging";
import { ByteOrderKeys1798000000000 } from "./1798000000000-ByteOrderKeys";
import { DropRevisionsVersionIndex1801000000000 } from "./1801000000000-DropRevisionsVersionIndex";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  JurisdictionCountyFips1795950165977,
  RecordRevisions1795960000000,
  CountsInOnePass1796000000000,
  CountRollups1796000100000,
  FullTextSearch1796100000000,
  RateLimits1796200000000,
  EditorialAccounts1796300000000,
  KeysetPaging1797400000000,
  ByteOrderKeys1798000000000,
  DropRevisionsVersionIndex1801000000000,
];
