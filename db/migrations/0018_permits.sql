CREATE TABLE `contractors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`licence_no` text NOT NULL,
	`leader` text NOT NULL,
	`phone` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contractors_licence_no_unique` ON `contractors` (`licence_no`);--> statement-breakpoint
CREATE TABLE `gate_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`input` text NOT NULL,
	`verdict` text NOT NULL,
	`paper_id` integer,
	`offline_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paper_id`) REFERENCES `papers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gate_checks_at_idx` ON `gate_checks` (`at`);--> statement-breakpoint
CREATE TABLE `paper_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`paper_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`offline_at` text,
	FOREIGN KEY (`paper_id`) REFERENCES `papers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `paper_events_paper_idx` ON `paper_events` (`paper_id`);--> statement-breakpoint
CREATE TABLE `papers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`edition` integer DEFAULT 1 NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`room_id` integer NOT NULL,
	`renovation_id` integer,
	`worker_id` integer,
	`release_id` integer,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`hint` text NOT NULL,
	`key_id` integer NOT NULL,
	`payload` text NOT NULL,
	`check_code` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` integer NOT NULL,
	`shift_id` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`renovation_id`) REFERENCES `renovations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`worker_id`) REFERENCES `renovation_workers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`release_id`) REFERENCES `release_slips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`key_id`) REFERENCES `signing_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "papers_dates_ck" CHECK("papers"."valid_to" >= "papers"."valid_from")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `papers_number_edition_unique` ON `papers` (`number`,`edition`);--> statement-breakpoint
CREATE INDEX `papers_kind_year_seq_idx` ON `papers` (`kind`,`year`,`sequence`);--> statement-breakpoint
CREATE INDEX `papers_renovation_idx` ON `papers` (`renovation_id`);--> statement-breakpoint
CREATE INDEX `papers_worker_idx` ON `papers` (`worker_id`);--> statement-breakpoint
CREATE INDEX `papers_release_idx` ON `papers` (`release_id`);--> statement-breakpoint
CREATE INDEX `papers_valid_to_idx` ON `papers` (`valid_to`);--> statement-breakpoint
CREATE TABLE `permit_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `release_slips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`applicant_kind` text NOT NULL,
	`applicant_person_id` integer,
	`applicant_name` text NOT NULL,
	`applicant_phone` text DEFAULT '' NOT NULL,
	`items` text NOT NULL,
	`plate` text DEFAULT '' NOT NULL,
	`valid_on` text NOT NULL,
	`consent_kind` text,
	`consent_owner_name` text,
	`consent_called_at` text,
	`consent_called_by` text,
	`consent_attachment_id` integer,
	`consent_note` text,
	`remarks` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`shift_id` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `release_slips_room_idx` ON `release_slips` (`room_id`);--> statement-breakpoint
CREATE INDEX `release_slips_created_idx` ON `release_slips` (`created_at`);--> statement-breakpoint
CREATE TABLE `renovation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`renovation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`shift_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`details` text,
	FOREIGN KEY (`renovation_id`) REFERENCES `renovations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `renovation_events_renovation_idx` ON `renovation_events` (`renovation_id`);--> statement-breakpoint
CREATE TABLE `renovation_violations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`renovation_id` integer NOT NULL,
	`found_at` text NOT NULL,
	`found_by` text NOT NULL,
	`what` text NOT NULL,
	`deduction_fen` integer DEFAULT 0 NOT NULL,
	`deduction_reason` text DEFAULT '' NOT NULL,
	`rectified_at` text,
	`rectify_note` text,
	`recorded_at` text NOT NULL,
	`recorded_by` integer NOT NULL,
	FOREIGN KEY (`renovation_id`) REFERENCES `renovations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "renovation_violations_deduction_ck" CHECK("renovation_violations"."deduction_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX `renovation_violations_renovation_idx` ON `renovation_violations` (`renovation_id`);--> statement-breakpoint
CREATE TABLE `renovation_workers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`renovation_id` integer NOT NULL,
	`name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text NOT NULL,
	`trade` text NOT NULL,
	`photo_attachment_id` integer,
	`added_at` text NOT NULL,
	`added_by` integer NOT NULL,
	FOREIGN KEY (`renovation_id`) REFERENCES `renovations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`photo_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `renovation_workers_renovation_idx` ON `renovation_workers` (`renovation_id`);--> statement-breakpoint
CREATE TABLE `renovations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`room_id` integer NOT NULL,
	`applicant_kind` text NOT NULL,
	`applicant_person_id` integer NOT NULL,
	`applicant_name` text NOT NULL,
	`poa_to` text,
	`contractor_id` integer NOT NULL,
	`leader` text NOT NULL,
	`leader_phone` text NOT NULL,
	`qualification_attachment_id` integer,
	`works` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`approval_doc_no` text DEFAULT '' NOT NULL,
	`approval_attachment_id` integer,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`status` text NOT NULL,
	`review_result` text,
	`reviewer` text,
	`review_remarks` text,
	`reviewed_at` text,
	`reviewed_by` integer,
	`agreement_signed_at` text,
	`agreement_signed_by` text,
	`safety_letter_signed_at` text,
	`safety_letter_signed_by` text,
	`garbage_receivable_id` integer,
	`deposit_receivable_id` integer,
	`working_hours` text,
	`prohibited` text,
	`notice_at` text,
	`notify_departments` text,
	`previous_room_status` text,
	`inspection` text,
	`inspected_at` text,
	`refund_receipt_id` integer,
	`closed_at` text,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contractor_id`) REFERENCES `contractors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`qualification_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`garbage_receivable_id`) REFERENCES `receivables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deposit_receivable_id`) REFERENCES `receivables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`refund_receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "renovations_dates_ck" CHECK("renovations"."ends_on" >= "renovations"."starts_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `renovations_number_unique` ON `renovations` (`number`);--> statement-breakpoint
CREATE INDEX `renovations_room_idx` ON `renovations` (`room_id`);--> statement-breakpoint
CREATE INDEX `renovations_status_idx` ON `renovations` (`status`);--> statement-breakpoint
CREATE INDEX `renovations_contractor_idx` ON `renovations` (`contractor_id`);--> statement-breakpoint
CREATE INDEX `renovations_year_seq_idx` ON `renovations` (`year`,`sequence`);--> statement-breakpoint
CREATE TABLE `signing_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_key` text NOT NULL,
	`secret_key` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text
);--> statement-breakpoint
CREATE TRIGGER `papers_no_update` BEFORE UPDATE ON `papers`
BEGIN SELECT RAISE(ABORT, 'papers are never changed: record what happens to them in paper_events'); END;
--> statement-breakpoint
CREATE TRIGGER `papers_no_delete` BEFORE DELETE ON `papers`
BEGIN SELECT RAISE(ABORT, 'papers are never changed: record what happens to them in paper_events'); END;
--> statement-breakpoint
CREATE TRIGGER `paper_events_no_update` BEFORE UPDATE ON `paper_events`
BEGIN SELECT RAISE(ABORT, 'paper events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `paper_events_no_delete` BEFORE DELETE ON `paper_events`
BEGIN SELECT RAISE(ABORT, 'paper events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_events_no_update` BEFORE UPDATE ON `renovation_events`
BEGIN SELECT RAISE(ABORT, 'renovation events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_events_no_delete` BEFORE DELETE ON `renovation_events`
BEGIN SELECT RAISE(ABORT, 'renovation events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `gate_checks_no_update` BEFORE UPDATE ON `gate_checks`
BEGIN SELECT RAISE(ABORT, 'gate checks are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `gate_checks_no_delete` BEFORE DELETE ON `gate_checks`
BEGIN SELECT RAISE(ABORT, 'gate checks are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `release_slips_no_update` BEFORE UPDATE ON `release_slips`
BEGIN SELECT RAISE(ABORT, 'release slips are never changed: revoke one with a paper event'); END;
--> statement-breakpoint
CREATE TRIGGER `release_slips_no_delete` BEFORE DELETE ON `release_slips`
BEGIN SELECT RAISE(ABORT, 'release slips are never changed: revoke one with a paper event'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_workers_no_update` BEFORE UPDATE ON `renovation_workers`
BEGIN SELECT RAISE(ABORT, 'workers are registered once: passes record what follows'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_workers_no_delete` BEFORE DELETE ON `renovation_workers`
BEGIN SELECT RAISE(ABORT, 'workers are registered once: passes record what follows'); END;
--> statement-breakpoint
CREATE TRIGGER `renovations_no_delete` BEFORE DELETE ON `renovations`
BEGIN SELECT RAISE(ABORT, 'renovations are closed or cancelled, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_violations_no_delete` BEFORE DELETE ON `renovation_violations`
BEGIN SELECT RAISE(ABORT, 'violations are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `contractors_no_delete` BEFORE DELETE ON `contractors`
BEGIN SELECT RAISE(ABORT, 'contractors are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `signing_keys_no_delete` BEFORE DELETE ON `signing_keys`
BEGIN SELECT RAISE(ABORT, 'signing keys are retired, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `renovations_fixed` BEFORE UPDATE OF `number`, `year`, `sequence`, `room_id`, `applicant_person_id`, `created_at`, `created_by` ON `renovations`
BEGIN SELECT RAISE(ABORT, 'a renovation keeps its number, room and applicant'); END;
--> statement-breakpoint
CREATE TRIGGER `renovation_violations_fixed` BEFORE UPDATE ON `renovation_violations`
WHEN OLD.`rectified_at` IS NOT NULL OR NEW.`renovation_id` IS NOT OLD.`renovation_id` OR NEW.`found_at` IS NOT OLD.`found_at` OR NEW.`found_by` IS NOT OLD.`found_by` OR NEW.`what` IS NOT OLD.`what` OR NEW.`deduction_fen` IS NOT OLD.`deduction_fen` OR NEW.`deduction_reason` IS NOT OLD.`deduction_reason` OR NEW.`recorded_at` IS NOT OLD.`recorded_at` OR NEW.`recorded_by` IS NOT OLD.`recorded_by`
BEGIN SELECT RAISE(ABORT, 'a violation is recorded once; only its rectification is added'); END;
--> statement-breakpoint
CREATE TRIGGER `signing_keys_fixed` BEFORE UPDATE OF `public_key`, `secret_key`, `created_at` ON `signing_keys`
BEGIN SELECT RAISE(ABORT, 'a signing key never changes'); END;
