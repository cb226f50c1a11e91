-- Every party of a case by role: the applicant of an application, the holder of the
-- licence a renewal, an amendment or a measure is about, and (for the complaint family)
-- the complainant without an account and the operator complained about. A party is a
-- company (with the account that speaks for it) or a person with a way to reach them.
CREATE TABLE case_party (
    case_id     BIGINT       NOT NULL REFERENCES case_file (id),
    position    INT          NOT NULL,
    role        VARCHAR(30)  NOT NULL,
    company_id  BIGINT       REFERENCES company (id),
    username    VARCHAR(100),
    name        VARCHAR(300),
    email       VARCHAR(320),
    phone       VARCHAR(40),
    PRIMARY KEY (case_id, position),
    CONSTRAINT ck_case_party_who CHECK (company_id IS NOT NULL OR name IS NOT NULL)
);

CREATE INDEX ix_case_party_company ON case_party (company_id);

-- the cases so far: an application's applicant, and the holder of the licence a renewal
-- or an amendment is about; a measure's or a holder's request's party is the holder
INSERT INTO case_party (case_id, position, role, company_id, username)
SELECT c.id, 0, CASE WHEN t.family = 'LICENCE' THEN 'APPLICANT' ELSE 'HOLDER' END, c.company_id, c.applicant_username
FROM case_file c JOIN licence_type t ON t.code = c.case_type;

INSERT INTO case_party (case_id, position, role, company_id)
SELECT c.id, 1, 'HOLDER', c.company_id
FROM case_file c JOIN licence_type t ON t.code = c.case_type
WHERE t.family = 'LICENCE' AND c.application_kind <> 'NEW';
