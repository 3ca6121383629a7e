CREATE TABLE `service_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`price_fen` integer,
	`needs_approval` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_key` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workorder_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `complaint_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`complaint_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`details` text,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_events_complaint_idx` ON `complaint_events` (`complaint_id`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`channel` text NOT NULL,
	`customer` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`room_id` integer,
	`occurred_at` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`request` text DEFAULT '' NOT NULL,
	`category` text NOT NULL,
	`severity` text NOT NULL,
	`customer_deadline` text,
	`status` text NOT NULL,
	`escalated_to` text,
	`escalated_at` text,
	`answered_at` text,
	`plan` text,
	`plan_cost_fen` integer,
	`result` text,
	`invalid` integer DEFAULT false NOT NULL,
	`resolved_at` text,
	`reply` text,
	`replied_at` text,
	`closed_at` text,
	`visited_at` text,
	`visit_result` text,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "complaints_cost_ck" CHECK(coalesce("complaints"."plan_cost_fen", 0) >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_number_unique` ON `complaints` (`number`);--> statement-breakpoint
CREATE INDEX `complaints_room_idx` ON `complaints` (`room_id`);--> statement-breakpoint
CREATE INDEX `complaints_status_idx` ON `complaints` (`status`);--> statement-breakpoint
CREATE INDEX `complaints_year_seq_idx` ON `complaints` (`year`,`sequence`);--> statement-breakpoint
CREATE INDEX `complaints_created_idx` ON `complaints` (`created_at`);--> statement-breakpoint
ALTER TABLE `work_order_events` ADD `details` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `kind` text DEFAULT 'repair' NOT NULL;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `reporter` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `contact` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `preferred_time` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `urgent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `charge` text DEFAULT 'free' NOT NULL;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `parts_fen` integer;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `labour_fen` integer;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `quote_agreed_by` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `service_item_id` integer REFERENCES service_items(id);--> statement-breakpoint
ALTER TABLE `work_orders` ADD `quantity_centi` integer;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `approval_required` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `approved_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `work_orders` ADD `approved_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `assignee` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `appointment_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `dispatched_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `arrived_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `completed_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `leak_test_on` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `work_done` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `materials` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `signed_by` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `signed_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `visited_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `visit_result` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `rework_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `settlement` text;--> statement-breakpoint
ALTER TABLE `work_orders` ADD `receivable_id` integer;--> statement-breakpoint
CREATE INDEX `work_orders_created_idx` ON `work_orders` (`created_at`);--> statement-breakpoint
CREATE TRIGGER `complaint_events_no_update` BEFORE UPDATE ON `complaint_events`
BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `complaint_events_no_delete` BEFORE DELETE ON `complaint_events`
BEGIN SELECT RAISE(ABORT, 'complaint events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `complaints_no_delete` BEFORE DELETE ON `complaints`
BEGIN SELECT RAISE(ABORT, 'complaints are closed, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `complaints_fixed` BEFORE UPDATE OF `number`, `year`, `sequence`, `channel`, `created_at`, `created_by` ON `complaints`
BEGIN SELECT RAISE(ABORT, 'a complaint keeps its number and origin'); END;
--> statement-breakpoint
CREATE TRIGGER `work_orders_kind_fixed` BEFORE UPDATE OF `kind` ON `work_orders`
BEGIN SELECT RAISE(ABORT, 'a work order keeps its kind'); END;
--> statement-breakpoint
CREATE TRIGGER `service_items_no_delete` BEFORE DELETE ON `service_items`
BEGIN SELECT RAISE(ABORT, 'service items are retired, never deleted'); END;
