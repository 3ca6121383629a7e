CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`type_key` text,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_key`) REFERENCES `document_types`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_room_idx` ON `attachments` (`room_id`);--> statement-breakpoint
CREATE TABLE `buildings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`sort_key` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `buildings_code_unique` ON `buildings` (`code`);--> statement-breakpoint
CREATE TABLE `document_types` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sort_key` integer DEFAULT 0 NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_phones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`phone` text NOT NULL,
	`phone_reversed` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_phones_person_idx` ON `person_phones` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_phones_reversed_idx` ON `person_phones` (`phone_reversed`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`gender` text,
	`id_type` text,
	`id_number` text,
	`id_reversed` text,
	`credit_code` text,
	`emergency_name` text,
	`emergency_phone` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "persons_kind_ck" CHECK("persons"."kind" in ('person','company'))
);
--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE INDEX `persons_initials_idx` ON `persons` (`name_initials`);--> statement-breakpoint
CREATE INDEX `persons_pinyin_idx` ON `persons` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `persons_id_reversed_idx` ON `persons` (`id_reversed`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_id_number_uq` ON `persons` (`id_type`,`id_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_credit_code_uq` ON `persons` (`credit_code`);--> statement-breakpoint
CREATE TABLE `room_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`type_key` text NOT NULL,
	`on_file` integer NOT NULL,
	`marked_at` text NOT NULL,
	`marked_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_key`) REFERENCES `document_types`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`marked_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `room_documents_uq` ON `room_documents` (`room_id`,`type_key`);--> statement-breakpoint
CREATE TABLE `room_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `room_notes_room_idx` ON `room_notes` (`room_id`);--> statement-breakpoint
CREATE TABLE `room_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`relation` text NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`end_reason` text,
	`poa_scope` text,
	`poa_from` text,
	`poa_to` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "room_persons_relation_ck" CHECK("room_persons"."relation" in ('owner','coowner','family','tenant','agent'))
);
--> statement-breakpoint
CREATE INDEX `room_persons_room_idx` ON `room_persons` (`room_id`);--> statement-breakpoint
CREATE INDEX `room_persons_person_idx` ON `room_persons` (`person_id`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`building_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`number` text NOT NULL,
	`code` text NOT NULL,
	`floor` integer,
	`area_centi` integer NOT NULL,
	`type` text DEFAULT 'residence' NOT NULL,
	`status` text DEFAULT 'vacant' NOT NULL,
	`vip` integer DEFAULT false NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rooms_area_ck" CHECK("rooms"."area_centi" > 0 and "rooms"."area_centi" <= 10000000),
	CONSTRAINT "rooms_type_ck" CHECK("rooms"."type" in ('residence','shop','parking','storage','other')),
	CONSTRAINT "rooms_status_ck" CHECK("rooms"."status" in ('undelivered','vacant','occupied','trusteeship','renovating'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_code_uq` ON `rooms` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_unit_number_uq` ON `rooms` (`unit_id`,`number`);--> statement-breakpoint
CREATE INDEX `rooms_number_idx` ON `rooms` (`number`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`building_id` integer NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_building_code_uq` ON `units` (`building_id`,`code`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `room_id` integer REFERENCES rooms(id);--> statement-breakpoint
CREATE INDEX `audit_log_room_idx` ON `audit_log` (`room_id`,`id`);