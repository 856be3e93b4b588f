import { Column, Entity, PrimaryColumn } from "typeorm";

export interface PackageLicense {
  name: string;
  path?: string;
  title?: string;
}

/** The single row describing the dataset: its package metadata and a version that moves with every change. */
@Entity({ name: "dataset" })
export class DatasetEntity {
  @PrimaryColumn({ type: "boolean", default: true })
  id: boolean;

  @Column("text")
  name: string;

  @Column("text")
  title: string;

  @Column({ type: "text", nullable: true })
  description: string | null;

  @Column({ type: "json" })
  licenses: PackageLicense[];

  @Column("integer")
  version: number;

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
