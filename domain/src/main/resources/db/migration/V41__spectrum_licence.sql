-- The radio frequency licence (brief: "Radio frequency licence", decided at ministry level). Its technical
-- assessment is spectrum-assessment: the band-plan check, the interference check against every active
-- assignment and the border check, then the engineer's review and, near the border, cross-border coordination.
INSERT INTO case_type (code, case_prefix, name_lo, name_en, active, family, process_key, form_key, section_code,
                       certificate_title_lo, certificate_title_en, assessment_process_key) VALUES
    ('SPECTRUM', 'SPEC', 'ໃບອະນຸຍາດນຳໃຊ້ຄື້ນຄວາມຖີ່ວິທະຍຸສື່ສານ', 'Radio frequency licence', TRUE, 'LICENCE',
     'licence-application', 'spectrum-licence', 'TECH', 'ໃບອະນຸຍາດນຳໃຊ້ຄື້ນຄວາມຖີ່ວິທະຍຸສື່ສານ',
     'Radio Frequency Licence', 'spectrum-assessment');

-- An assignment a licence made joins the register with its holder, licence and case, so that the company page
-- lists the company's frequencies. Assignments registered otherwise (records taken over) have none.
ALTER TABLE spectrum_assignment ADD COLUMN holder_company_id BIGINT;
ALTER TABLE spectrum_assignment ADD COLUMN licence_number VARCHAR(50);
ALTER TABLE spectrum_assignment ADD COLUMN case_id BIGINT REFERENCES case_file (id);
CREATE INDEX ix_spectrum_assignment_holder ON spectrum_assignment (holder_company_id);

-- The technical assessment of one application, kept on its case: the band-plan fit, the border check, the
-- conflicts found, and the engineer's and the coordination's conclusions. Keyed by the case.
CREATE TABLE spectrum_assessment (
    case_id                   BIGINT           NOT NULL PRIMARY KEY REFERENCES case_file (id),
    verdict                   VARCHAR(30)      NOT NULL,
    allocation_edition        VARCHAR(40)      NOT NULL,
    band_plan_outcome         VARCHAR(30)      NOT NULL,
    band_plan_reason_lo       VARCHAR(1000),
    band_plan_reason_en       VARCHAR(1000),
    band_name_lo              VARCHAR(200),
    band_name_en              VARCHAR(200),
    footnote_lo               VARCHAR(2000),
    footnote_en               VARCHAR(2000),
    search_distance_km        DOUBLE PRECISION NOT NULL,
    threshold_db              DOUBLE PRECISION NOT NULL,
    candidates                INT              NOT NULL,
    border_distance_km        DOUBLE PRECISION NOT NULL,
    inside_laos               BOOLEAN          NOT NULL,
    coordination_distance_km  DOUBLE PRECISION NOT NULL,
    coordination_required     BOOLEAN          NOT NULL,
    checked_at                TIMESTAMP        NOT NULL,
    review_outcome            VARCHAR(30),
    review_justification      VARCHAR(4000),
    reviewed_by               VARCHAR(100),
    reviewed_at               TIMESTAMP,
    coordination_outcome      VARCHAR(30),
    coordination_administrations VARCHAR(400),
    coordination_reference    VARCHAR(200),
    coordination_comment      VARCHAR(4000),
    coordinated_by            VARCHAR(100),
    coordinated_at            TIMESTAMP,
    version                   BIGINT           NOT NULL
);

-- One conflicting assignment of an assessment, worst first.
CREATE TABLE spectrum_assessment_conflict (
    case_id                   BIGINT           NOT NULL REFERENCES spectrum_assessment (case_id),
    position                  INT              NOT NULL,
    assignment_reference      VARCHAR(40)      NOT NULL,
    station_name              VARCHAR(200)     NOT NULL,
    licensee                  VARCHAR(200)     NOT NULL,
    confidential              BOOLEAN          NOT NULL,
    direction                 VARCHAR(30)      NOT NULL,
    distance_km               DOUBLE PRECISION NOT NULL,
    frequency_separation_mhz  DOUBLE PRECISION NOT NULL,
    channel_offset            INT              NOT NULL,
    interference_to_noise_db  DOUBLE PRECISION NOT NULL,
    margin_db                 DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (case_id, position)
);
