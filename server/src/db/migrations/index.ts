import { InitialSchema1764300000000 } from "./1764300000000-InitialSchema";
import { RateLimits1764500000000 } from "./1764500000000-RateLimits";

/** Every migration, oldest first. A shipped migration is never edited: add a new one. */
export const MIGRATIONS = [InitialSchema1764300000000, RateLimits1764500000000];
