-- The ledger (应收 / 实收 / 欠收, reports.ledger) sums the receivables of a range of months per
-- month, item and building. Two covering partial indexes in month, item, room order let it read
-- one short range per month, item and building's run of room ids, instead of every receivable of
-- the range joined to its room and sorted (about 1 s at 20,000 rooms): all rows not cancelled, and
-- the unpaid ones with their due dates. The month is the period, or a one-off's first day's month.
-- drizzle-kit emits expression indexes split at their commas (drizzle-orm issue 6062); the
-- statements below are the ones its snapshot describes, written out whole.
CREATE INDEX `receivables_ledger_idx` ON `receivables` (coalesce("period", substr("period_from", 1, 7)),`item_id`,`room_id`,`amount_fen`,`cancelled_void_id`) WHERE "receivables"."cancelled_void_id" is null;--> statement-breakpoint
CREATE INDEX `receivables_ledger_unpaid_idx` ON `receivables` (coalesce("period", substr("period_from", 1, 7)),`item_id`,`room_id`,`due_on`,`amount_fen`,`paid_receipt_id`,`cancelled_void_id`) WHERE "receivables"."paid_receipt_id" is null and "receivables"."cancelled_void_id" is null;
