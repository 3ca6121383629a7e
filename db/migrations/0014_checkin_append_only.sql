-- Work-order events, trusteeship readings and patrols are append-only: a correction is a new row.
CREATE TRIGGER `work_order_events_no_update` BEFORE UPDATE ON `work_order_events`
BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `work_order_events_no_delete` BEFORE DELETE ON `work_order_events`
BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `work_orders_no_delete` BEFORE DELETE ON `work_orders`
BEGIN SELECT RAISE(ABORT, 'work orders are closed, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `work_orders_fixed` BEFORE UPDATE OF `number`, `year`, `sequence`, `room_id`, `source`, `checkin_id`, `created_at`, `created_by` ON `work_orders`
BEGIN SELECT RAISE(ABORT, 'a work order keeps its number, room and origin'); END;
--> statement-breakpoint
CREATE TRIGGER `trusteeship_readings_no_update` BEFORE UPDATE ON `trusteeship_readings`
BEGIN SELECT RAISE(ABORT, 'trusteeship readings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `trusteeship_readings_no_delete` BEFORE DELETE ON `trusteeship_readings`
BEGIN SELECT RAISE(ABORT, 'trusteeship readings are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `trusteeship_patrols_no_update` BEFORE UPDATE ON `trusteeship_patrols`
BEGIN SELECT RAISE(ABORT, 'patrols are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `trusteeship_patrols_no_delete` BEFORE DELETE ON `trusteeship_patrols`
BEGIN SELECT RAISE(ABORT, 'patrols are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `trusteeships_no_delete` BEFORE DELETE ON `trusteeships`
BEGIN SELECT RAISE(ABORT, 'trusteeships are ended, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `checkins_no_delete` BEFORE DELETE ON `checkins`
BEGIN SELECT RAISE(ABORT, 'check-ins are cancelled, never deleted'); END;
--> statement-breakpoint
-- A finished or cancelled check-in is the record of what happened: its steps no longer change.
CREATE TRIGGER `checkin_steps_frozen_update` BEFORE UPDATE ON `checkin_steps`
WHEN (SELECT `status` FROM `checkins` WHERE `id` = OLD.`checkin_id`) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the steps of a closed check-in are fixed'); END;
--> statement-breakpoint
CREATE TRIGGER `checkin_steps_frozen_insert` BEFORE INSERT ON `checkin_steps`
WHEN (SELECT `status` FROM `checkins` WHERE `id` = NEW.`checkin_id`) <> 'open'
BEGIN SELECT RAISE(ABORT, 'the steps of a closed check-in are fixed'); END;
--> statement-breakpoint
CREATE TRIGGER `checkin_steps_no_delete` BEFORE DELETE ON `checkin_steps`
BEGIN SELECT RAISE(ABORT, 'check-in steps are never deleted'); END;
