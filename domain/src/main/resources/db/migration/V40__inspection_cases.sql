-- Inspection cases: a field report's findings reviewed by the department (review-and-decide) before a
-- confirmed violation starts enforcement; handled by the Administration, Organisation and Inspection section.
INSERT INTO case_type (code, case_prefix, name_lo, name_en, active, family, process_key, form_key, section_code,
                       certificate_title_lo, certificate_title_en)
VALUES ('INSPECTION', 'INS', 'ການກວດກາ', 'Inspection', TRUE, 'INSPECTION', 'inspection-findings', NULL, 'ADMIN',
        'ລາຍງານການກວດກາ', 'Inspection report');

-- What an inspection case knows beyond its case file (the family aggregate, keyed by the case).
--   violations   the failed checks and the equipment without type approval, one per line (Lao / English);
--                null for a clean report
--   answers      the checklist's answers as the report prints them (JSON: labelLo, labelEn, value, valueEn)
CREATE TABLE inspection_case (
    case_id                 BIGINT       NOT NULL PRIMARY KEY REFERENCES case_file (id),
    case_number             VARCHAR(50)  NOT NULL UNIQUE,
    field_report_id         BIGINT       NOT NULL UNIQUE REFERENCES field_report (id),
    form_id                 VARCHAR(100) NOT NULL,
    licence_number          VARCHAR(50)  NOT NULL REFERENCES licence (licence_number),
    company_id              BIGINT       NOT NULL REFERENCES company (id),
    violations              VARCHAR,
    notes                   VARCHAR,
    answers                 VARCHAR,
    enforcement_case_number VARCHAR(50)
);
