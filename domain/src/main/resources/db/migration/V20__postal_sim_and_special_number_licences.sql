-- The Post and Communications section's licences (brief: "Suggested names for licence types"): each is a
-- catalogue row, its form file (forms/*.form) and its DMN rows (routing, validity); no Java.
--   POST  postal business licence: routed by its scope (international and nationwide to the ministry,
--         within one province to that province's department) in licence-routing.dmn
--   SIM   SIM-card dealer licence: the province's department
--   NUM   special (short) number licence: the province's department, which renews it
INSERT INTO licence_type (code, case_prefix, name_lo, name_en, active, family, process_key, form_key, section_code,
                          certificate_title_lo, certificate_title_en) VALUES
    ('POST', 'PST', 'ທຸລະກິດໄປສະນີ', 'Postal business', TRUE, 'LICENCE', 'licence-application',
     'postal-business-licence', 'POST', 'ໃບອະນຸຍາດດຳເນີນທຸລະກິດໄປສະນີ', 'Postal Business Licence'),
    ('SIM', 'SIM', 'ຕົວແທນຈຳໜ່າຍຊີມກາດ', 'SIM-card dealer', TRUE, 'LICENCE', 'licence-application',
     'sim-dealer-licence', 'POST', 'ໃບອະນຸຍາດຕົວແທນຈຳໜ່າຍຊີມກາດ', 'SIM-card Dealer Licence'),
    ('NUM', 'NUM', 'ນຳໃຊ້ເລກໝາຍພິເສດ', 'Special number', TRUE, 'LICENCE', 'licence-application',
     'special-number-licence', 'POST', 'ໃບອະນຸຍາດນຳໃຊ້ເລກໝາຍພິເສດ', 'Special Number Licence');
