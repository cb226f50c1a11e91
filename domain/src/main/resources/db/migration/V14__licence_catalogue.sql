-- The licence catalogue says, per licence type, everything the case core needs to serve it, so that a new
-- licence type is a row here (plus its form file and DMN rows) and no Java:
--   family        the case family (LICENCE for every licence type; complaints, inspections... later)
--   process_key   the BPMN process started when an application of the type is submitted
--   form_key      the id of the application form (a *.form file); the one source of which form serves a type
--   section_code  which section of an authority handles the type (a plain code: the sections themselves are
--                 described elsewhere); TECH is the Technology & Innovation section (ຂະແໜງເຕັກໂນໂລຊີ ແລະ ນະວັດຕະກຳ)
--   certificate_title_lo / _en  the title printed on the licence certificate
-- The certificate's detail rows beyond the common ones (holder, authority, dates) are the form fields with the
-- custom property "certificate": "true".
ALTER TABLE licence_type ADD COLUMN family VARCHAR(30);
ALTER TABLE licence_type ADD COLUMN process_key VARCHAR(100);
ALTER TABLE licence_type ADD COLUMN form_key VARCHAR(100);
ALTER TABLE licence_type ADD COLUMN section_code VARCHAR(30);
ALTER TABLE licence_type ADD COLUMN certificate_title_lo VARCHAR(300);
ALTER TABLE licence_type ADD COLUMN certificate_title_en VARCHAR(300);

-- Every ICT business category is a technology business licence, applied for with the same form (until now
-- mapped in forms/licence-type-forms.properties, which this replaces).
UPDATE licence_type
   SET family = 'LICENCE',
       process_key = 'licence-application',
       form_key = 'ict-business-licence',
       section_code = 'TECH',
       certificate_title_lo = 'ໃບອະນຸຍາດດຳເນີນທຸລະກິດ ໄອຊີທີ',
       certificate_title_en = 'ICT Business Licence'
 WHERE code IN ('ICT-ISP1', 'ICT-ISP2', 'ICT-ISP3', 'ICT-SOFT', 'ICT-CONS', 'ICT-SHOP', 'ICT-IMP', 'ICT-DIST',
                'ICT-INST');

-- Any other row (none is seeded) gets the generic values, then the columns are required: a type without a
-- process, a section or a certificate title cannot be served.
UPDATE licence_type SET family = 'LICENCE' WHERE family IS NULL;
UPDATE licence_type SET process_key = 'licence-application' WHERE process_key IS NULL;
UPDATE licence_type SET section_code = 'TECH' WHERE section_code IS NULL;
UPDATE licence_type SET certificate_title_lo = name_lo WHERE certificate_title_lo IS NULL;
UPDATE licence_type SET certificate_title_en = name_en WHERE certificate_title_en IS NULL;

ALTER TABLE licence_type ALTER COLUMN family SET NOT NULL;
ALTER TABLE licence_type ALTER COLUMN process_key SET NOT NULL;
ALTER TABLE licence_type ALTER COLUMN section_code SET NOT NULL;
ALTER TABLE licence_type ALTER COLUMN certificate_title_lo SET NOT NULL;
ALTER TABLE licence_type ALTER COLUMN certificate_title_en SET NOT NULL;
