-- A licence type may need a technical assessment by the regulator's engineers between the completeness check
-- and the review (the spectrum licence's band-plan and interference checks, an equipment type approval's
-- test-report review). The catalogue names the BPMN process of that assessment, which the licence application
-- calls; a type without one (every ICT, postal, SIM and number type) skips the step.
ALTER TABLE case_type ADD COLUMN assessment_process_key VARCHAR(100);
