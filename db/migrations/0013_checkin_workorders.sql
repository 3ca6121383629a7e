CREATE TABLE `work_order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`work_order_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`appointment_at` text,
	`signed_by` text,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_order_events_order_idx` ON `work_order_events` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`room_id` integer NOT NULL,
	`source` text NOT NULL,
	`checkin_id` integer,
	`location` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`attachment_id` integer,
	`route` text NOT NULL,
	`status` text NOT NULL,
	`reinspection_at` text,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_number_unique` ON `work_orders` (`number`);--> statement-breakpoint
CREATE INDEX `work_orders_room_idx` ON `work_orders` (`room_id`);--> statement-breakpoint
CREATE INDEX `work_orders_status_idx` ON `work_orders` (`status`);--> statement-breakpoint
CREATE INDEX `work_orders_year_seq_idx` ON `work_orders` (`year`,`sequence`);--> statement-breakpoint
CREATE TABLE `checkin_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `checkin_steps` (
	`checkin_id` integer NOT NULL,
	`step` text NOT NULL,
	`data` text NOT NULL,
	`complete` integer NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by` integer NOT NULL,
	PRIMARY KEY(`checkin_id`, `step`),
	FOREIGN KEY (`checkin_id`) REFERENCES `checkins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`saved_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `checkins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`case` text,
	`status` text NOT NULL,
	`started_at` text NOT NULL,
	`started_by` integer NOT NULL,
	`last_saved_at` text NOT NULL,
	`finished_at` text,
	`finished_by` integer,
	`outcome` text,
	`cancel_reason` text,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finished_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checkins_open_room_uq` ON `checkins` (`room_id`) WHERE "checkins"."status" = 'open';--> statement-breakpoint
CREATE INDEX `checkins_started_idx` ON `checkins` (`started_at`);--> statement-breakpoint
CREATE INDEX `checkins_room_idx` ON `checkins` (`room_id`);--> statement-breakpoint
CREATE TABLE `trusteeship_patrols` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trusteeship_id` integer NOT NULL,
	`kind` text NOT NULL,
	`patrolled_on` text NOT NULL,
	`patrolled_by` text NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`trusteeship_id`) REFERENCES `trusteeships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trusteeship_patrols_idx` ON `trusteeship_patrols` (`trusteeship_id`,`patrolled_on`);--> statement-breakpoint
CREATE TABLE `trusteeship_readings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trusteeship_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reading_centi` integer NOT NULL,
	`read_on` text NOT NULL,
	`phase` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`trusteeship_id`) REFERENCES `trusteeships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trusteeship_readings_idx` ON `trusteeship_readings` (`trusteeship_id`,`kind`,`id`);--> statement-breakpoint
CREATE TABLE `trusteeships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`checkin_id` integer,
	`agreement_signed_on` text NOT NULL,
	`started_on` text NOT NULL,
	`planned_to` text,
	`ended_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`ended_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checkin_id`) REFERENCES `checkins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trusteeships_running_room_uq` ON `trusteeships` (`room_id`) WHERE "trusteeships"."ended_on" is null;