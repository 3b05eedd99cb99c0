-- Each submitted version keeps a digest of the plan's content (responses and actions), so a resubmission identical
-- to the last version is refused without reading the frozen copy back. Versions submitted before this have none.
-- The application's table-wide insert grant covers the new column; it is not among the columns it may update.
alter table action_plan_submission add column content_fingerprint text;
