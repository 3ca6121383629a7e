-- Money rows are append-only (see docs/ARCHITECTURE.md): a mistake is voided, money is returned
-- by a refund receipt, a price changes from a date. Nothing here is ever updated or deleted.
CREATE TRIGGER `receipts_no_update` BEFORE UPDATE ON `receipts`
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_delete` BEFORE DELETE ON `receipts`
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_lines_no_update` BEFORE UPDATE ON `receipt_lines`
BEGIN SELECT RAISE(ABORT, 'receipt_lines are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_lines_no_delete` BEFORE DELETE ON `receipt_lines`
BEGIN SELECT RAISE(ABORT, 'receipt_lines are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_update` BEFORE UPDATE ON `payments`
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_delete` BEFORE DELETE ON `payments`
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_no_update` BEFORE UPDATE ON `receipt_voids`
BEGIN SELECT RAISE(ABORT, 'receipt_voids are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_no_delete` BEFORE DELETE ON `receipt_voids`
BEGIN SELECT RAISE(ABORT, 'receipt_voids are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_prints_no_update` BEFORE UPDATE ON `receipt_prints`
BEGIN SELECT RAISE(ABORT, 'receipt_prints are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receipt_prints_no_delete` BEFORE DELETE ON `receipt_prints`
BEGIN SELECT RAISE(ABORT, 'receipt_prints are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `paper_uses_no_update` BEFORE UPDATE ON `paper_uses`
BEGIN SELECT RAISE(ABORT, 'paper_uses are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `paper_uses_no_delete` BEFORE DELETE ON `paper_uses`
BEGIN SELECT RAISE(ABORT, 'paper_uses are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `reminders_no_update` BEFORE UPDATE ON `reminders`
BEGIN SELECT RAISE(ABORT, 'reminders are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `reminders_no_delete` BEFORE DELETE ON `reminders`
BEGIN SELECT RAISE(ABORT, 'reminders are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `meter_readings_no_update` BEFORE UPDATE ON `meter_readings`
BEGIN SELECT RAISE(ABORT, 'meter_readings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `meter_readings_no_delete` BEFORE DELETE ON `meter_readings`
BEGIN SELECT RAISE(ABORT, 'meter_readings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_no_delete` BEFORE DELETE ON `receivables`
BEGIN SELECT RAISE(ABORT, 'receivables are kept: receipts refer to them'); END;
--> statement-breakpoint
CREATE TRIGGER `fee_rates_no_change` BEFORE UPDATE ON `fee_rates`
BEGIN SELECT RAISE(ABORT, 'a price change is a new rate from a date'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_fixed` BEFORE UPDATE OF `room_id`, `item_id`, `period`, `amount_fen`, `price_e4`, `quantity_centi` ON `receivables`
BEGIN SELECT RAISE(ABORT, 'a receivable is fixed once written'); END;
