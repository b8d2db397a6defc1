import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_project_categories_icon" AS ENUM('region', 'mobility', 'culture', 'science', 'economy', 'tourism', 'sport');
  ALTER TABLE "project_categories" ADD COLUMN "icon" "enum_project_categories_icon" DEFAULT 'region' NOT NULL;
  ALTER TABLE "members" ADD COLUMN "location_latitude" numeric;
  ALTER TABLE "members" ADD COLUMN "location_longitude" numeric;
  ALTER TABLE "site" ADD COLUMN "logo_id" integer;
  ALTER TABLE "site" ADD CONSTRAINT "site_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_logo_idx" ON "site" USING btree ("logo_id");`)
  // An installation seeded before this migration gets the seed's pictograms and map places too;
  // anything the office has renamed keeps the defaults (region icon, not on the map).
  await db.execute(sql`
  UPDATE "project_categories" SET "icon" = CASE "slug"
    WHEN 'mobilitaet' THEN 'mobility' WHEN 'kultur' THEN 'culture' WHEN 'wissenschaft' THEN 'science'
    WHEN 'wirtschaft-und-fachkraefte' THEN 'economy' WHEN 'tourismus' THEN 'tourism' WHEN 'sport' THEN 'sport' ELSE 'region' END::"enum_project_categories_icon";
  UPDATE "members" SET "location_latitude" = places.latitude, "location_longitude" = places.longitude
    FROM (VALUES ('Stadt Erfurt', 50.9787, 11.0287), ('Stadt Jena', 50.9287, 11.5895), ('Stadt Weimar', 50.9795, 11.3297), ('Kreis Weimarer Land', 51.026, 11.514))
      AS places(name, latitude, longitude)
    WHERE "members"."name" = places.name;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site" DROP CONSTRAINT "site_logo_id_media_id_fk";
  
  DROP INDEX "site_logo_idx";
  ALTER TABLE "project_categories" DROP COLUMN "icon";
  ALTER TABLE "members" DROP COLUMN "location_latitude";
  ALTER TABLE "members" DROP COLUMN "location_longitude";
  ALTER TABLE "site" DROP COLUMN "logo_id";
  DROP TYPE "public"."enum_project_categories_icon";`)
}
