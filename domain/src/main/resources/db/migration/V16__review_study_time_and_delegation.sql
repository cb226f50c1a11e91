-- The review keeps when the study was completed and the written delegation under which the decider acted
-- (acting head): until now only the decision's history entry and the audit entry said so.
ALTER TABLE case_file ADD COLUMN studied_at TIMESTAMP;
ALTER TABLE case_file ADD COLUMN decided_under VARCHAR(200);
