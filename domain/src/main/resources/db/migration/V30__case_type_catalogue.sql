-- The catalogue serves every case family (licence applications, measures on a licence, and the
-- complaint, inspection and enforcement families), not only licences: its table is named for
-- what it holds. Foreign keys to it follow the rename.
ALTER TABLE licence_type RENAME TO case_type;
