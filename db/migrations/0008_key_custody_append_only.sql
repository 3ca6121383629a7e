-- Key custody history is append-only: movements and incidents are never changed or deleted;
-- an authorisation is closed (closed_at), a key set withdrawn (withdrawn_at), never removed.
CREATE TRIGGER `key_movements_no_update` BEFORE UPDATE ON `key_movements`
BEGIN SELECT RAISE(ABORT, 'key movements are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `key_movements_no_delete` BEFORE DELETE ON `key_movements`
BEGIN SELECT RAISE(ABORT, 'key movements are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `key_incidents_no_update` BEFORE UPDATE ON `key_incidents`
BEGIN SELECT RAISE(ABORT, 'key incidents are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `key_incidents_no_delete` BEFORE DELETE ON `key_incidents`
BEGIN SELECT RAISE(ABORT, 'key incidents are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `key_authorizations_no_delete` BEFORE DELETE ON `key_authorizations`
BEGIN SELECT RAISE(ABORT, 'authorisations are closed, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `key_authorizations_fixed` BEFORE UPDATE OF `key_set_id`, `name`, `phone`, `id_tail`, `relation`, `purposes`, `valid_from`, `valid_to` ON `key_authorizations`
BEGIN SELECT RAISE(ABORT, 'an authorisation is fixed once signed; close it and add a new one'); END;
--> statement-breakpoint
CREATE TRIGGER `key_sets_no_delete` BEFORE DELETE ON `key_sets`
BEGIN SELECT RAISE(ABORT, 'key sets are withdrawn, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `key_sets_fixed` BEFORE UPDATE OF `tag_code`, `room_id`, `depositor_id`, `deposited_at` ON `key_sets`
BEGIN SELECT RAISE(ABORT, 'a key set keeps its tag, room and depositor'); END;
