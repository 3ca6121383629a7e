CREATE TABLE `key_authorizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_set_id` integer NOT NULL,
	`name` text NOT NULL,
	`phone` text NOT NULL,
	`id_tail` text NOT NULL,
	`relation` text NOT NULL,
	`purposes` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`closed_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`key_set_id`) REFERENCES `key_sets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_authorizations_set_idx` ON `key_authorizations` (`key_set_id`);--> statement-breakpoint
CREATE TABLE `key_cabinets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`rows` integer NOT NULL,
	`columns` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `key_cabinets_name_unique` ON `key_cabinets` (`name`);--> statement-breakpoint
CREATE TABLE `key_incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_set_id` integer NOT NULL,
	`movement_id` integer,
	`kind` text NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`missing_count` integer DEFAULT 0 NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`key_set_id`) REFERENCES `key_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`movement_id`) REFERENCES `key_movements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `key_incidents_set_idx` ON `key_incidents` (`key_set_id`);--> statement-breakpoint
CREATE TABLE `key_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key_set_id` integer NOT NULL,
	`kind` text NOT NULL,
	`person_name` text NOT NULL,
	`person_id_tail` text DEFAULT '' NOT NULL,
	`person_phone` text DEFAULT '' NOT NULL,
	`authorization_id` integer,
	`purpose` text,
	`count` integer NOT NULL,
	`expected_return_at` text,
	`borrow_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer NOT NULL,
	`approver_id` integer,
	`override_reason` text,
	FOREIGN KEY (`key_set_id`) REFERENCES `key_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`authorization_id`) REFERENCES `key_authorizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "key_movements_count_ck" CHECK("key_movements"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `key_movements_set_idx` ON `key_movements` (`key_set_id`,`id`);--> statement-breakpoint
CREATE TABLE `key_sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tag_code` text NOT NULL,
	`room_id` integer NOT NULL,
	`cabinet_id` integer NOT NULL,
	`hook_row` integer NOT NULL,
	`hook_column` integer NOT NULL,
	`pieces` text NOT NULL,
	`piece_count` integer NOT NULL,
	`purpose` text NOT NULL,
	`depositor_id` integer NOT NULL,
	`deposited_at` text NOT NULL,
	`withdrawn_at` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cabinet_id`) REFERENCES `key_cabinets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`depositor_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "key_sets_count_ck" CHECK("key_sets"."piece_count" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `key_sets_tag_code_unique` ON `key_sets` (`tag_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `key_sets_hook_uq` ON `key_sets` (`cabinet_id`,`hook_row`,`hook_column`) WHERE "key_sets"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX `key_sets_room_idx` ON `key_sets` (`room_id`);