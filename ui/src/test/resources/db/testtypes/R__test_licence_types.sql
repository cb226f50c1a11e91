-- A licence type that exists only in the tests' data: proof that a new licence type is a catalogue row, a form
-- file and (where a table needs one) DMN rows, and no Java. Repeatable, after every versioned migration, and
-- idempotent. Its section (Technology & Innovation) has a validity rule of its own in licence-validity.dmn;
-- routing sends it to the province like every type the routing table does not list.
INSERT INTO case_type (code, case_prefix, name_lo, name_en, active, family, process_key, form_key, section_code,
                          certificate_title_lo, certificate_title_en)
SELECT 'DRONE-SVC', 'DRN', 'ບໍລິການຖ່າຍພາບທາງອາກາດດ້ວຍໂດຣນ', 'Aerial imaging by drone', TRUE, 'LICENCE',
       'licence-application', 'drone-services-licence', 'TECH',
       'ໃບອະນຸຍາດດຳເນີນທຸລະກິດບໍລິການໂດຣນ', 'Drone Services Business Licence'
 WHERE NOT EXISTS (SELECT 1 FROM case_type WHERE code = 'DRONE-SVC');
