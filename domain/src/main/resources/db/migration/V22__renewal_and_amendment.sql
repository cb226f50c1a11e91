-- Kinds of application: a new licence, the renewal of one near or past the end of its validity, or the
-- amendment of one (holder details, address, scope). A renewal or an amendment names the licence it is about;
-- its licence keeps its number and gets a new certificate, and the earlier certificate verifies as superseded.
ALTER TABLE case_file ADD COLUMN application_kind VARCHAR(20) DEFAULT 'NEW' NOT NULL;
ALTER TABLE case_file ADD COLUMN subject_licence_number VARCHAR(50);
CREATE INDEX ix_case_file_subject_licence ON case_file (subject_licence_number);
