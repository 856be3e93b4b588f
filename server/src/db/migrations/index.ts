import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { RecordRevisions1764500000000 } from "./1764500000000-RecordRevisions";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [InitialSchema1764300000000, RecordRevisions1764500000000];
