import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { CountsInOnePass1764400000000 } from "./1764400000000-CountsInOnePass";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [InitialSchema1764300000000, CountsInOnePass1764400000000];
