-- Written delegation (brief: "How a decision is made"): the head of a department decides; when the head is
-- away, one deputy acts as head, in writing, for a period. The head is now on record, and a delegation says
-- which decisions it covers (case families, comma-separated, or * for all), keeps the scanned letter (in a
-- table of its own, so that lists of delegations do not read the scans) and may be ended early.
ALTER TABLE staff_member ADD COLUMN head BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE delegation ADD COLUMN decisions VARCHAR(300) DEFAULT '*' NOT NULL;
ALTER TABLE delegation ADD COLUMN recorded_at TIMESTAMP;
ALTER TABLE delegation ADD COLUMN ended_on DATE;
ALTER TABLE delegation ADD COLUMN ended_by VARCHAR(100);
CREATE INDEX ix_delegation_authority ON delegation (authority_code, valid_from);

CREATE TABLE delegation_letter (
    delegation_id BIGINT       NOT NULL PRIMARY KEY REFERENCES delegation (id),
    file_name     VARCHAR(300) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    content       BYTEA        NOT NULL
);
