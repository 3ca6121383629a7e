CREATE TABLE `kept_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `office_devices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counter_id` integer NOT NULL,
	`credential_hash` text NOT NULL,
	`paired_at` text NOT NULL,
	`paired_by` integer NOT NULL,
	`revoked_at` text,
	`revoked_by` integer,
	`revoke_reason` text,
	`last_seen_at` text,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paired_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `office_devices_counter_uq` ON `office_devices` (`counter_id`) WHERE "office_devices"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX `office_devices_hash_idx` ON `office_devices` (`credential_hash`);--> statement-breakpoint
CREATE TABLE `office_pairing_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`counter_name` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`device_id` integer,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `office_devices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `counters` ADD `receipt_prefix` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `counter_id` integer REFERENCES counters(id);--> statement-breakpoint
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE OF `id`, `at`, `staff_id`, `shift_id`, `approver_id`, `procedure`, `entity_type`, `entity_id`, `summary_key`, `summary_params`, `request_id`, `room_id`, `counter_id` ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
