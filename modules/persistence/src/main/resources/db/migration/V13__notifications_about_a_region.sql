-- A principal adviser's weekly digest is about their region, not one council's challenge: such a notification
-- names the region instead. Every other notification still names its council and challenge.
alter table notification alter column council_code drop not null;
alter table notification alter column challenge_id drop not null;
alter table notification add column region_code varchar(40) references region (code);
alter table notification add check ((council_code is not null and challenge_id is not null) or region_code is not null);
