-- Audit rows are append-only: a correction is a new row, never an edit (see docs/ARCHITECTURE.md).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- Staff are never deleted: history keeps their names.
CREATE TRIGGER `staff_no_delete` BEFORE DELETE ON `staff`
BEGIN SELECT RAISE(ABORT, 'staff are disabled, never deleted'); END;
