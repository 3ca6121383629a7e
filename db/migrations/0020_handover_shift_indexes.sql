CREATE INDEX `receipt_voids_shift_idx` ON `receipt_voids` (`shift_id`);--> statement-breakpoint
CREATE INDEX `key_movements_shift_idx` ON `key_movements` (`shift_id`);