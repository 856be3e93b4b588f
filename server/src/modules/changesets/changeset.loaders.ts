import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { AccountEntity } from "../accounts/account.entity";
import type { ChangesetEntity } from "./changeset.entity";
import { authorsOfMany } from "./changeset.service";

/**
 * The accounts named on changesets and their changes (createdBy, publishedBy, authors, each change's author) and
 * each changeset's authors: one statement per list however many changesets or changes an answer holds.
 */
export function createChangesetLoaders(dataSource: DataSource) {
  return {
    account: new DataLoader(async (ids: readonly number[]) => {
      const accounts = await dataSource.getRepository(AccountEntity).findBy({ id: In([...ids]) });
      const byId = new Map(accounts.map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? new Error(`No account ${id}`));
    }),
    authorsOfChangeset: new DataLoader(
      (changesets: readonly Pick<ChangesetEntity, "id" | "createdBy">[]) => authorsOfMany(dataSource, changesets),
      { cacheKeyFn: (changeset) => changeset.id },
    ),
  };
}
