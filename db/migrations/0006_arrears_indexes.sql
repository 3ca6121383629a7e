-- The arrears list (催缴) reads only unpaid receivables, a small share of a table that grows by
-- one row per room, item and month. This partial index holds just those rows, in room order,
-- with every column the list reads (paid_receipt_id too, though always null in it: SQLite
-- counts an index as covering only when it holds every column the query names), so the list
-- groups it by room without touching the table or sorting, and a room's overdue total is one
-- short range.
CREATE INDEX IF NOT EXISTS `receivables_unpaid_room_idx` ON `receivables` (`room_id`, `due_on`, `amount_fen`, `paid_receipt_id`) WHERE `paid_receipt_id` IS NULL;
