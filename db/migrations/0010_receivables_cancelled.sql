DROP INDEX `receivables_monthly_uq`;--> statement-breakpoint
ALTER TABLE `receivables` ADD `cancelled_void_id` integer REFERENCES receipt_voids(id);--> statement-breakpoint
CREATE UNIQUE INDEX `receivables_monthly_uq` ON `receivables` (`room_id`,`item_id`,`period`) WHERE "receivables"."period" is not null and "receivables"."cancelled_void_id" is null;