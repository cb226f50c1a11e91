-- Deadlines: when the current step of a case passed its due date and was escalated to the authority's
-- leadership. Cleared when the step is completed (the history keeps the escalation).
ALTER TABLE case_file ADD COLUMN overdue_since TIMESTAMP;
CREATE INDEX ix_case_file_overdue_since ON case_file (overdue_since);
