-- Editions of the national frequency allocation table are drafted by an administrator from the edition in force,
-- compared with it, and put in force from a day; earlier editions stay for the record.
--   spectrum_allocation_table.status         DRAFT while edited (no effective day yet), IN_FORCE once put in force
--                                            (in force from effective_from, until a later edition's day)
--   spectrum_allocation_table.based_on       the edition the draft was copied from
ALTER TABLE spectrum_allocation_table ADD COLUMN status VARCHAR(20) DEFAULT 'IN_FORCE' NOT NULL;
ALTER TABLE spectrum_allocation_table ADD COLUMN based_on VARCHAR(40);
ALTER TABLE spectrum_allocation_table ADD COLUMN drafted_by VARCHAR(100);
ALTER TABLE spectrum_allocation_table ADD COLUMN drafted_at TIMESTAMP;
ALTER TABLE spectrum_allocation_table ADD COLUMN put_in_force_by VARCHAR(100);
ALTER TABLE spectrum_allocation_table ADD COLUMN put_in_force_at TIMESTAMP;
ALTER TABLE spectrum_allocation_table ALTER COLUMN effective_from DROP NOT NULL;
ALTER TABLE spectrum_allocation_table ADD CONSTRAINT ck_spectrum_allocation_table_status
    CHECK (status IN ('DRAFT', 'IN_FORCE'));
ALTER TABLE spectrum_allocation_table ADD CONSTRAINT ck_spectrum_allocation_table_in_force
    CHECK (status = 'DRAFT' OR effective_from IS NOT NULL);

-- the seeded edition and its bands took ids by hand; new ones come from these
CREATE SEQUENCE spectrum_allocation_table_seq START WITH 100;
CREATE SEQUENCE spectrum_band_seq START WITH 1000;
