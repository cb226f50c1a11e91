-- The case file keeps what every case family has; what only a licence application knows moves to its own
-- aggregate: the kind of application, the licence a renewal or an amendment is about, and the licence it
-- issued. The numbers a case is tied to stay findable on the case itself, as references any family adds.
CREATE TABLE licence_application (
    case_id                 BIGINT      NOT NULL PRIMARY KEY REFERENCES case_file (id),
    application_kind        VARCHAR(20) NOT NULL,
    subject_licence_number  VARCHAR(50),
    licence_number          VARCHAR(50)
);

CREATE INDEX ix_licence_application_subject ON licence_application (subject_licence_number);

INSERT INTO licence_application (case_id, application_kind, subject_licence_number, licence_number)
SELECT c.id, c.application_kind, c.subject_licence_number, c.licence_number
  FROM case_file c
  JOIN case_type t ON t.code = c.case_type
 WHERE t.family = 'LICENCE';

CREATE TABLE case_reference (
    case_id    BIGINT       NOT NULL REFERENCES case_file (id),
    reference  VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, reference)
);

CREATE INDEX ix_case_reference ON case_reference (reference);

INSERT INTO case_reference (case_id, reference)
SELECT id, licence_number FROM case_file WHERE licence_number IS NOT NULL;

INSERT INTO case_reference (case_id, reference)
SELECT id, subject_licence_number FROM case_file
 WHERE subject_licence_number IS NOT NULL
   AND (licence_number IS NULL OR licence_number <> subject_licence_number);

-- a measure case is about the licence of its measure
INSERT INTO case_reference (case_id, reference)
SELECT m.case_id, m.licence_number FROM licence_measure m
 WHERE NOT EXISTS (SELECT 1 FROM case_reference r WHERE r.case_id = m.case_id AND r.reference = m.licence_number);

DROP INDEX IF EXISTS ix_case_file_subject_licence;
ALTER TABLE case_file DROP COLUMN subject_licence_number;
ALTER TABLE case_file DROP COLUMN application_kind;
ALTER TABLE case_file DROP COLUMN licence_number;
