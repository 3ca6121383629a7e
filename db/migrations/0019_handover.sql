CREATE TABLE `duty_roster` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`staff_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "duty_roster_kind_ck" CHECK("duty_roster"."kind" in ('day','noon','night','manager'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duty_roster_uq` ON `duty_roster` (`day`,`kind`,`staff_id`);--> statement-breakpoint
CREATE TABLE `handover_acks` (
	`handover_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`handover_id`, `staff_id`),
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `handover_prints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handover_id` integer NOT NULL,
	`copy_number` integer NOT NULL,
	`printed_at` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handover_prints_copy_uq` ON `handover_prints` (`handover_id`,`copy_number`);--> statement-breakpoint
CREATE TABLE `handover_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `handover_shifts` (
	`shift_id` integer PRIMARY KEY NOT NULL,
	`handover_id` integer NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handover_shifts_handover_idx` ON `handover_shifts` (`handover_id`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counter_id` integer NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`number` text NOT NULL,
	`outgoing_shift_id` integer NOT NULL,
	`outgoing_staff_id` integer NOT NULL,
	`incoming_staff_id` integer,
	`incoming_shift_id` integer,
	`closed_alone_by` integer,
	`close_reason` text DEFAULT '' NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`cash_expected_fen` integer NOT NULL,
	`cash_counted_fen` integer NOT NULL,
	`cash_reason` text DEFAULT '' NOT NULL,
	`key_differences` integer DEFAULT 0 NOT NULL,
	`tool_differences` integer DEFAULT 0 NOT NULL,
	`cleaning_ok` integer,
	`cleaning_note` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`notes_important` integer DEFAULT false NOT NULL,
	`sheet` text NOT NULL,
	`backup_file` text,
	`backup_problem` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outgoing_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`outgoing_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incoming_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incoming_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_alone_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "handovers_sequence_ck" CHECK("handovers"."sequence" >= 1),
	CONSTRAINT "handovers_cash_ck" CHECK("handovers"."cash_counted_fen" >= 0),
	CONSTRAINT "handovers_successor_ck" CHECK(("handovers"."incoming_staff_id" is not null and "handovers"."incoming_shift_id" is not null and "handovers"."closed_alone_by" is null) or ("handovers"."incoming_staff_id" is null and "handovers"."incoming_shift_id" is null and "handovers"."closed_alone_by" is not null and length("handovers"."close_reason") > 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handovers_number_uq` ON `handovers` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `handovers_sequence_uq` ON `handovers` (`counter_id`,`year`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `handovers_outgoing_uq` ON `handovers` (`outgoing_shift_id`);--> statement-breakpoint
CREATE INDEX `handovers_counter_at_idx` ON `handovers` (`counter_id`,`at`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`number` text NOT NULL,
	`at` text NOT NULL,
	`channel` text NOT NULL,
	`caller_name` text DEFAULT '' NOT NULL,
	`caller_phone` text DEFAULT '' NOT NULL,
	`room_id` integer,
	`category` text NOT NULL,
	`content` text NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`promised_at` text,
	`status` text DEFAULT 'open' NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`answered_at` text,
	`answered_by` integer,
	`converted_kind` text,
	`converted_id` integer,
	`converted_number` text,
	`shift_id` integer NOT NULL,
	`shift_kind` text NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entries_channel_ck" CHECK("ledger_entries"."channel" in ('phone','visit','letter','fax','other')),
	CONSTRAINT "ledger_entries_category_ck" CHECK("ledger_entries"."category" in ('consult','repair','complaint','release','other')),
	CONSTRAINT "ledger_entries_status_ck" CHECK("ledger_entries"."status" in ('open','answered','converted','closed')),
	CONSTRAINT "ledger_entries_shift_kind_ck" CHECK("ledger_entries"."shift_kind" in ('day','noon','night'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_number_uq` ON `ledger_entries` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entries_sequence_uq` ON `ledger_entries` (`year`,`sequence`);--> statement-breakpoint
CREATE INDEX `ledger_entries_at_idx` ON `ledger_entries` (`at`);--> statement-breakpoint
CREATE INDEX `ledger_entries_open_idx` ON `ledger_entries` (`promised_at`) WHERE "ledger_entries"."status" = 'open';--> statement-breakpoint
CREATE INDEX `ledger_entries_room_idx` ON `ledger_entries` (`room_id`);--> statement-breakpoint
CREATE INDEX `ledger_entries_shift_idx` ON `ledger_entries` (`shift_id`);--> statement-breakpoint
CREATE TABLE `ledger_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`details` text,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_events_entry_idx` ON `ledger_events` (`entry_id`);--> statement-breakpoint
CREATE TABLE `ledger_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`staff_id` integer NOT NULL,
	`at` text NOT NULL,
	`entries` integer NOT NULL,
	`promised` integer NOT NULL,
	`answered_on_time` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_reviews_kind_ck" CHECK("ledger_reviews"."kind" in ('daily','weekly'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_reviews_uq` ON `ledger_reviews` (`kind`,`period`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`locale` text DEFAULT 'zh-CN' NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "staff_role_ck" CHECK("__new_staff"."role" in ('clerk','cashier','supervisor','manager','admin','night')),
	CONSTRAINT "staff_failed_ck" CHECK("__new_staff"."failed_attempts" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_staff`("id", "username", "display_name", "role", "password_hash", "active", "failed_attempts", "locked_until", "must_change_password", "locale", "created_at") SELECT "id", "username", "display_name", "role", "password_hash", "active", "failed_attempts", "locked_until", "must_change_password", "locale", "created_at" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_uq` ON `staff` (lower("username"));--> statement-breakpoint
-- The rebuild dropped the table's trigger: staff are still never deleted.
CREATE TRIGGER `staff_no_delete` BEFORE DELETE ON `staff`
BEGIN SELECT RAISE(ABORT, 'staff are disabled, never deleted'); END;
--> statement-breakpoint
CREATE TABLE `__new_shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`counter_id` integer NOT NULL,
	`kind` text DEFAULT 'day' NOT NULL,
	`opened_at` text NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shifts_kind_ck" CHECK("__new_shifts"."kind" in ('day','noon','night'))
);
--> statement-breakpoint
-- One open shift per counter from now on: of the shifts left open at a counter (one per person
-- until now), the newest stays open and the others close at the moment it opened. A handover
-- covers them later (handover_shifts), so nothing falls between two handovers.
INSERT INTO `__new_shifts`("id", "staff_id", "counter_id", "kind", "opened_at", "closed_at") SELECT "id", "staff_id", "counter_id", 'day', "opened_at", CASE WHEN "closed_at" IS NULL AND "id" <> (SELECT max(o."id") FROM `shifts` o WHERE o."counter_id" = `shifts`."counter_id" AND o."closed_at" IS NULL) THEN (SELECT max(o."opened_at") FROM `shifts` o WHERE o."counter_id" = `shifts`."counter_id" AND o."closed_at" IS NULL) ELSE "closed_at" END FROM `shifts`;--> statement-breakpoint
DROP TABLE `shifts`;--> statement-breakpoint
ALTER TABLE `__new_shifts` RENAME TO `shifts`;--> statement-breakpoint
CREATE UNIQUE INDEX `shifts_open_per_counter_uq` ON `shifts` (`counter_id`) WHERE "shifts"."closed_at" is null;--> statement-breakpoint
CREATE INDEX `shifts_counter_idx` ON `shifts` (`counter_id`,`opened_at`);--> statement-breakpoint
-- A shift keeps who opened it, where, when and its kind; it closes once and never reopens.
CREATE TRIGGER `shifts_fixed` BEFORE UPDATE ON `shifts`
WHEN NEW.staff_id IS NOT OLD.staff_id OR NEW.counter_id IS NOT OLD.counter_id OR NEW.opened_at IS NOT OLD.opened_at
  OR NEW.kind IS NOT OLD.kind OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT OLD.closed_at)
BEGIN SELECT RAISE(ABORT, 'a shift keeps its holder, counter, kind and opening, and closes once'); END;
--> statement-breakpoint
CREATE TRIGGER `shifts_no_delete` BEFORE DELETE ON `shifts`
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `handovers_no_update` BEFORE UPDATE ON `handovers`
BEGIN SELECT RAISE(ABORT, 'handover records are never changed'); END;
--> statement-breakpoint
CREATE TRIGGER `handovers_no_delete` BEFORE DELETE ON `handovers`
BEGIN SELECT RAISE(ABORT, 'handover records are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_shifts_no_update` BEFORE UPDATE ON `handover_shifts`
BEGIN SELECT RAISE(ABORT, 'a shift is covered by one handover for good'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_shifts_no_delete` BEFORE DELETE ON `handover_shifts`
BEGIN SELECT RAISE(ABORT, 'a shift is covered by one handover for good'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_prints_no_update` BEFORE UPDATE ON `handover_prints`
BEGIN SELECT RAISE(ABORT, 'handover prints are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_prints_no_delete` BEFORE DELETE ON `handover_prints`
BEGIN SELECT RAISE(ABORT, 'handover prints are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_acks_no_update` BEFORE UPDATE ON `handover_acks`
BEGIN SELECT RAISE(ABORT, 'handover acknowledgements are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `handover_acks_no_delete` BEFORE DELETE ON `handover_acks`
BEGIN SELECT RAISE(ABORT, 'handover acknowledgements are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_fixed` BEFORE UPDATE ON `ledger_entries`
WHEN NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year OR NEW.sequence IS NOT OLD.sequence
  OR NEW.shift_id IS NOT OLD.shift_id OR NEW.shift_kind IS NOT OLD.shift_kind OR NEW.staff_id IS NOT OLD.staff_id
  OR NEW.created_at IS NOT OLD.created_at OR NEW.channel IS NOT OLD.channel
  OR (OLD.converted_id IS NOT NULL AND (NEW.converted_id IS NOT OLD.converted_id OR NEW.converted_kind IS NOT OLD.converted_kind))
BEGIN SELECT RAISE(ABORT, 'a ledger entry keeps its number, shift, author and channel; a conversion is for good'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_no_delete` BEFORE DELETE ON `ledger_entries`
BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_events_no_update` BEFORE UPDATE ON `ledger_events`
BEGIN SELECT RAISE(ABORT, 'ledger events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_events_no_delete` BEFORE DELETE ON `ledger_events`
BEGIN SELECT RAISE(ABORT, 'ledger events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_reviews_no_update` BEFORE UPDATE ON `ledger_reviews`
BEGIN SELECT RAISE(ABORT, 'ledger reviews are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ledger_reviews_no_delete` BEFORE DELETE ON `ledger_reviews`
BEGIN SELECT RAISE(ABORT, 'ledger reviews are append-only'); END;
