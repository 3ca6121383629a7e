-- The household file checklist (一户一档) every office starts with; settings may add or retire types.
INSERT INTO `document_types` (`key`, `name`, `sort_key`, `required`, `active`) VALUES
  ('moveInNotice', '入住通知单', 10, 1, 1),
  ('idCopy', '身份证复印件', 20, 1, 1),
  ('purchaseContract', '购房合同', 30, 1, 1),
  ('registrationForm', '住户登记表', 40, 1, 1),
  ('estateRules', '管理规约', 50, 1, 1),
  ('inspectionForm', '房屋质量验收表', 60, 1, 1),
  ('keySignOff', '钥匙签收表', 70, 1, 1),
  ('powerOfAttorney', '委托书', 80, 0, 1),
  ('agentIdCopy', '受托人身份证复印件', 90, 0, 1),
  ('companyCertificate', '单位证明', 100, 0, 1),
  ('renovationAgreement', '装修管理协议', 110, 0, 1),
  ('safetyLetter', '安全责任书', 120, 0, 1);
--> statement-breakpoint
-- Scans and notes are append-only; relations are ended, never deleted (the history is the point).
CREATE TRIGGER `attachments_no_update` BEFORE UPDATE ON `attachments`
BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `attachments_no_delete` BEFORE DELETE ON `attachments`
BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `room_notes_no_change` BEFORE UPDATE ON `room_notes`
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `room_notes_no_delete` BEFORE DELETE ON `room_notes`
BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `room_persons_no_delete` BEFORE DELETE ON `room_persons`
BEGIN SELECT RAISE(ABORT, 'relations are ended, never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `persons_no_delete` BEFORE DELETE ON `persons`
BEGIN SELECT RAISE(ABORT, 'persons are kept: history refers to them'); END;
--> statement-breakpoint
CREATE TRIGGER `rooms_no_delete` BEFORE DELETE ON `rooms`
BEGIN SELECT RAISE(ABORT, 'rooms are kept: history refers to them'); END;
