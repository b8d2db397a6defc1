import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" ADD COLUMN "location_district" boolean DEFAULT false;`)
  // The seeded district, on an installation seeded before this field existed.
  await db.execute(sql`UPDATE "members" SET "location_district" = true WHERE "name" = 'Kreis Weimarer Land' AND "location_latitude" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "members" DROP COLUMN "location_district";`)
}
