-- 已取消 receivables (0010): voiding a prepayment takes back the months it created, so the room
-- owes exactly what it owed before. The marker is the only change a receivable's history gets,
-- and only on this path: a prepaid month, by the void of the receipt that paid it, when no other
-- receipt ever named it, in the same statement that clears its payment. Once set it stays, and a
-- cancelled month can never be paid: billing writes a fresh row for the period instead.
--
-- First, the months earlier versions left behind: a voided prepayment kept its months as unpaid
-- bills. Those that only voided receipts ever named are cancelled by the void of the receipt that
-- created them (the first to name them) — unless the monthly billing has since reached the month
-- (it billed it for other rooms and skipped this one): then the room owes it, as a bill.
UPDATE `receivables` SET `cancelled_void_id` = (
  SELECT v.`id` FROM `receipt_lines` l JOIN `receipt_voids` v ON v.`receipt_id` = l.`receipt_id`
  WHERE l.`receivable_id` = `receivables`.`id` ORDER BY l.`id` LIMIT 1)
WHERE `source` = 'prepay' AND `paid_receipt_id` IS NULL AND `cancelled_void_id` IS NULL
  AND EXISTS (SELECT 1 FROM `receipt_lines` l WHERE l.`receivable_id` = `receivables`.`id`)
  AND NOT EXISTS (SELECT 1 FROM `receipt_lines` l LEFT JOIN `receipt_voids` v ON v.`receipt_id` = l.`receipt_id` WHERE l.`receivable_id` = `receivables`.`id` AND v.`id` IS NULL)
  AND NOT EXISTS (SELECT 1 FROM `receivables` b WHERE b.`item_id` = `receivables`.`item_id` AND b.`period` = `receivables`.`period` AND b.`source` = 'billing');
--> statement-breakpoint
CREATE TRIGGER `receivables_cancel_not_on_insert` BEFORE INSERT ON `receivables`
WHEN NEW.`cancelled_void_id` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a receivable is cancelled only by voiding its prepayment'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_cancel_once` BEFORE UPDATE OF `cancelled_void_id` ON `receivables`
WHEN OLD.`cancelled_void_id` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a cancelled receivable stays cancelled'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_cancel_by_void` BEFORE UPDATE OF `cancelled_void_id` ON `receivables`
WHEN NEW.`cancelled_void_id` IS NOT NULL AND (
  OLD.`source` <> 'prepay'
  OR NEW.`paid_receipt_id` IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM `receipt_voids` v WHERE v.`id` = NEW.`cancelled_void_id` AND v.`receipt_id` = OLD.`paid_receipt_id`)
  OR EXISTS (SELECT 1 FROM `receipt_lines` l WHERE l.`receivable_id` = OLD.`id` AND l.`receipt_id` <> OLD.`paid_receipt_id`))
BEGIN SELECT RAISE(ABORT, 'a receivable is cancelled only by voiding its prepayment'); END;
--> statement-breakpoint
CREATE TRIGGER `receivables_cancelled_unpayable` BEFORE UPDATE OF `paid_receipt_id` ON `receivables`
WHEN OLD.`cancelled_void_id` IS NOT NULL AND NEW.`paid_receipt_id` IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a cancelled receivable cannot be paid'); END;
--> statement-breakpoint
-- The arrears list reads this partial index alone (0006): it now leaves cancelled rows out too,
-- and names the column so that it still covers the list's query.
DROP INDEX IF EXISTS `receivables_unpaid_room_idx`;
--> statement-breakpoint
CREATE INDEX `receivables_unpaid_room_idx` ON `receivables` (`room_id`, `due_on`, `amount_fen`, `paid_receipt_id`, `cancelled_void_id`) WHERE `paid_receipt_id` IS NULL AND `cancelled_void_id` IS NULL;
