ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `receipt_voids` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `receipts` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `key_movements` ADD `hash` text;--> statement-breakpoint
-- Tamper evidence (db/chain.ts): the rows stay append-only, and the one change they get is their
-- hash, written once from NULL in the transaction that wrote them. The rows written before this
-- migration are sealed by its code step (db/migration-steps.ts), oldest first.
DROP TRIGGER `receipts_no_update`;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_update` BEFORE UPDATE OF `id`, `series_id`, `number`, `code`, `kind`, `room_id`, `payer_name`, `payer_phone`, `total_fen`, `issued_at`, `staff_id`, `shift_id`, `approver_id`, `refers_to`, `remarks` ON `receipts`
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipts_hash_once` BEFORE UPDATE OF `hash` ON `receipts`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
BEGIN SELECT RAISE(ABORT, 'a receipt is sealed once'); END;
--> statement-breakpoint
DROP TRIGGER `receipt_voids_no_update`;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_no_update` BEFORE UPDATE OF `id`, `receipt_id`, `reason`, `voided_at`, `staff_id`, `shift_id`, `approver_id` ON `receipt_voids`
BEGIN SELECT RAISE(ABORT, 'receipt_voids are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_hash_once` BEFORE UPDATE OF `hash` ON `receipt_voids`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
BEGIN SELECT RAISE(ABORT, 'a void is sealed once'); END;
--> statement-breakpoint
DROP TRIGGER `key_movements_no_update`;
--> statement-breakpoint
CREATE TRIGGER `key_movements_no_update` BEFORE UPDATE OF `id`, `key_set_id`, `kind`, `person_name`, `person_id_tail`, `person_phone`, `authorization_id`, `purpose`, `count`, `expected_return_at`, `borrow_id`, `note`, `at`, `staff_id`, `shift_id`, `approver_id`, `override_reason` ON `key_movements`
BEGIN SELECT RAISE(ABORT, 'key movements are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `key_movements_hash_once` BEFORE UPDATE OF `hash` ON `key_movements`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
BEGIN SELECT RAISE(ABORT, 'a key movement is sealed once'); END;
--> statement-breakpoint
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE OF `id`, `at`, `staff_id`, `shift_id`, `approver_id`, `procedure`, `entity_type`, `entity_id`, `summary_key`, `summary_params`, `request_id`, `room_id` ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_hash_once` BEFORE UPDATE OF `hash` ON `audit_log`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
BEGIN SELECT RAISE(ABORT, 'an audit row is sealed once'); END;
