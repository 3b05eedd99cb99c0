-- A notification is its recipient's, not the council's: it names the council it is about, but it is not council
-- data behind the tenant wall (an LGA manager's notifications are about many councils). "council_code" is the
-- column every walled table carries (RowLevelSecurityTest holds every such table to a policy), so this one says
-- what it means instead. Who may read a notification: its recipient only (NotificationRepository).
alter table notification rename column council_code to about_council;
