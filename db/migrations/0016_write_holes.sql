-- The write holes a security review found (issue 10, item 3). "In the same transaction" is told
-- by the seal (db/chain.ts, 0015): every write path seals its receipt or void as its last step, so
-- a receipt or void without a hash is one being written right now. Raw rows stay unsealed and are
-- reported by `npm run verify`.
--
-- A bill is settled only by the receipt being issued that names it on a line, never moved from one
-- receipt to another, and never settled by a voided receipt.
CREATE TRIGGER `receivables_settled_by_receipt` BEFORE UPDATE OF `paid_receipt_id` ON `receivables`
WHEN OLD.`cancelled_void_id` IS NULL AND NEW.`paid_receipt_id` IS NOT NULL AND NEW.`paid_receipt_id` IS NOT OLD.`paid_receipt_id` AND (
  OLD.`paid_receipt_id` IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM `receipts` r WHERE r.`id` = NEW.`paid_receipt_id` AND r.`hash` IS NULL)
  OR NOT EXISTS (SELECT 1 FROM `receipt_lines` l WHERE l.`receipt_id` = NEW.`paid_receipt_id` AND l.`receivable_id` = OLD.`id`)
  OR EXISTS (SELECT 1 FROM `receipt_voids` v WHERE v.`receipt_id` = NEW.`paid_receipt_id`))
BEGIN SELECT RAISE(ABORT, 'a bill is settled only by the receipt issued for it'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_settled_on_insert` BEFORE INSERT ON `receivables`
WHEN NEW.`paid_receipt_id` IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM `receipts` r WHERE r.`id` = NEW.`paid_receipt_id` AND r.`hash` IS NULL)
BEGIN SELECT RAISE(ABORT, 'a bill is settled only by the receipt issued for it'); END;
--> statement-breakpoint
-- A paid bill is owed again only by the void of its receipt, in the void's own transaction.
CREATE TRIGGER `receivables_unsettled_by_void` BEFORE UPDATE OF `paid_receipt_id` ON `receivables`
WHEN OLD.`paid_receipt_id` IS NOT NULL AND NEW.`paid_receipt_id` IS NULL
  AND NOT EXISTS (SELECT 1 FROM `receipt_voids` v WHERE v.`receipt_id` = OLD.`paid_receipt_id` AND v.`hash` IS NULL)
BEGIN SELECT RAISE(ABORT, 'a paid bill is owed again only by voiding its receipt'); END;
--> statement-breakpoint
-- A series counts one by one, and only with the receipt that carries the new number (written
-- first, in the same transaction: fees/receipt-numbers.ts).
CREATE TRIGGER `receipt_series_one_by_one` BEFORE UPDATE OF `last_number` ON `receipt_series`
WHEN NEW.`last_number` IS NOT OLD.`last_number` + 1
  OR NOT EXISTS (SELECT 1 FROM `receipts` r WHERE r.`series_id` = OLD.`id` AND r.`number` = NEW.`last_number` AND r.`hash` IS NULL)
BEGIN SELECT RAISE(ABORT, 'a receipt series counts one by one, with the receipt it numbers'); END;
--> statement-breakpoint
CREATE TRIGGER `receipts_numbered_next` BEFORE INSERT ON `receipts`
WHEN NEW.`number` IS NOT (SELECT s.`last_number` + 1 FROM `receipt_series` s WHERE s.`id` = NEW.`series_id`)
BEGIN SELECT RAISE(ABORT, 'a receipt takes the next number of its series'); END;
--> statement-breakpoint
-- A request's first result is what a repeat answers: it is never rewritten or removed.
CREATE TRIGGER `request_log_no_update` BEFORE UPDATE ON `request_log`
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `request_log_no_delete` BEFORE DELETE ON `request_log`
BEGIN SELECT RAISE(ABORT, 'request_log is append-only'); END;
--> statement-breakpoint
-- A price is replaced by a new rate from a date; the old one stays, bills were made from it.
CREATE TRIGGER `fee_rates_no_delete` BEFORE DELETE ON `fee_rates`
BEGIN SELECT RAISE(ABORT, 'fee rates are kept: bills were made from them'); END;
