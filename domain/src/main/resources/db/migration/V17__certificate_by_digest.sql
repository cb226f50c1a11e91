-- An uploaded certificate is looked up by its SHA-256 to tell whether it is one the register issued.
CREATE INDEX ix_certificate_sha256 ON certificate (sha256);
