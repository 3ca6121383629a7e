CREATE TABLE `fee_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`method` text NOT NULL,
	`room_types` text DEFAULT '["residence"]' NOT NULL,
	`due_day` integer DEFAULT 20 NOT NULL,
	`trusteeship_percent` integer DEFAULT 100 NOT NULL,
	`meter_kind` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_key` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `fee_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`price_e4` integer NOT NULL,
	`effective_from` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`item_id`) REFERENCES `fee_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fee_rates_price_ck" CHECK("fee_rates"."price_e4" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fee_rates_item_from_uq` ON `fee_rates` (`item_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `meter_readings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reading_centi` integer NOT NULL,
	`previous_centi` integer,
	`read_on` text NOT NULL,
	`replacement` integer DEFAULT false NOT NULL,
	`receivable_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receivable_id`) REFERENCES `receivables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meter_readings_room_idx` ON `meter_readings` (`room_id`,`kind`,`id`);--> statement-breakpoint
CREATE TABLE `paper_books` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL,
	`from_number` integer NOT NULL,
	`to_number` integer NOT NULL,
	`holder_id` integer,
	`registered_at` text NOT NULL,
	`registered_by` integer,
	FOREIGN KEY (`holder_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `paper_uses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`book_id` integer NOT NULL,
	`paper_number` integer NOT NULL,
	`status` text NOT NULL,
	`print_id` integer,
	`reason` text,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`book_id`) REFERENCES `paper_books`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`print_id`) REFERENCES `receipt_prints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `paper_uses_number_uq` ON `paper_uses` (`book_id`,`paper_number`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`method` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`tendered_fen` integer,
	`change_fen` integer,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_receipt_idx` ON `payments` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `receipt_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`receivable_id` integer,
	`item_name` text NOT NULL,
	`category` text NOT NULL,
	`period_label` text DEFAULT '' NOT NULL,
	`price_e4` integer,
	`quantity_centi` integer,
	`months` integer,
	`amount_fen` integer NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receivable_id`) REFERENCES `receivables`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receipt_lines_receipt_idx` ON `receipt_lines` (`receipt_id`);--> statement-breakpoint
CREATE INDEX `receipt_lines_receivable_idx` ON `receipt_lines` (`receivable_id`);--> statement-breakpoint
CREATE TABLE `receipt_prints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`copy_number` integer NOT NULL,
	`template` text NOT NULL,
	`paper_number` text,
	`pdf_file` text,
	`printed_at` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_prints_copy_uq` ON `receipt_prints` (`receipt_id`,`copy_number`);--> statement-breakpoint
CREATE TABLE `receipt_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counter_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`last_number` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`counter_id`) REFERENCES `counters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_series_prefix_uq` ON `receipt_series` (`prefix`);--> statement-breakpoint
CREATE TABLE `receipt_voids` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`reason` text NOT NULL,
	`voided_at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer,
	`approver_id` integer,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_voids_receipt_id_unique` ON `receipt_voids` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`series_id` integer NOT NULL,
	`number` integer NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`room_id` integer NOT NULL,
	`payer_name` text NOT NULL,
	`payer_phone` text,
	`total_fen` integer NOT NULL,
	`issued_at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer NOT NULL,
	`approver_id` integer,
	`refers_to` integer,
	`remarks` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `receipt_series`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approver_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_series_number_uq` ON `receipts` (`series_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_code_uq` ON `receipts` (`code`);--> statement-breakpoint
CREATE INDEX `receipts_room_idx` ON `receipts` (`room_id`);--> statement-breakpoint
CREATE INDEX `receipts_issued_idx` ON `receipts` (`issued_at`);--> statement-breakpoint
CREATE INDEX `receipts_shift_idx` ON `receipts` (`shift_id`);--> statement-breakpoint
CREATE TABLE `receivables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`period` text,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`quantity_centi` integer NOT NULL,
	`price_e4` integer NOT NULL,
	`months` integer DEFAULT 1 NOT NULL,
	`percent` integer DEFAULT 100 NOT NULL,
	`amount_fen` integer NOT NULL,
	`due_on` text NOT NULL,
	`source` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`paid_receipt_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `fee_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receivables_amount_ck" CHECK("receivables"."amount_fen" >= 0 and "receivables"."amount_fen" <= 10000000000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receivables_monthly_uq` ON `receivables` (`room_id`,`item_id`,`period`) WHERE "receivables"."period" is not null;--> statement-breakpoint
CREATE INDEX `receivables_room_idx` ON `receivables` (`room_id`,`paid_receipt_id`);--> statement-breakpoint
CREATE INDEX `receivables_due_idx` ON `receivables` (`paid_receipt_id`,`due_on`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`kind` text NOT NULL,
	`outcome` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`amount_fen` integer NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reminders_room_idx` ON `reminders` (`room_id`,`at`);