-- The pre-filter of the interference check reads the widest active bandwidth (of the register, then of a frequency
-- window) before it reads the candidates: both answer from an index, not from a scan of the register.
CREATE INDEX ix_spectrum_assignment_bandwidth ON spectrum_assignment (status, bandwidth_khz);
DROP INDEX ix_spectrum_assignment_frequency;
CREATE INDEX ix_spectrum_assignment_frequency ON spectrum_assignment (status, centre_frequency_mhz, bandwidth_khz);
