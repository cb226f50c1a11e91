-- The sections (ຂະແໜງ) of each authority: tasks go to authority + section + role, so that the
-- postal and the ICT officers of one department do not share one queue. A provincial department has
-- four sections (ministerial decision on the organisation of the DTCs). The ministry's own departments are
-- given the same four codes for now, so that the national licences route like the provincial ones; its
-- organisation is reference data like this and changes by migration.
CREATE TABLE authority_section (
    authority_code VARCHAR(10)  NOT NULL REFERENCES authority (code),
    code           VARCHAR(20)  NOT NULL,
    name_lo        VARCHAR(300) NOT NULL,
    name_en        VARCHAR(300) NOT NULL,
    position       INT          NOT NULL,
    PRIMARY KEY (authority_code, code)
);

INSERT INTO authority_section (authority_code, code, name_lo, name_en, position)
    SELECT code, 'ADMIN', 'ຂະແໜງບໍລິຫານ, ຈັດຕັ້ງ ແລະ ກວດກາ', 'Administration, Organisation and Inspection', 1 FROM authority;
INSERT INTO authority_section (authority_code, code, name_lo, name_en, position)
    SELECT code, 'POST', 'ຂະແໜງໄປສະນີ ແລະ ການສື່ສານ', 'Post and Communications', 2 FROM authority;
INSERT INTO authority_section (authority_code, code, name_lo, name_en, position)
    SELECT code, 'DIGITAL', 'ຂະແໜງດິຈິຕອນ ແລະ ຄວາມປອດໄພໄຊເບີ', 'Digital and Cybersecurity', 3 FROM authority;
INSERT INTO authority_section (authority_code, code, name_lo, name_en, position)
    SELECT code, 'TECH', 'ຂະແໜງເຕັກໂນໂລຊີ ແລະ ນະວັດຕະກຳ', 'Technology and Innovation', 4 FROM authority;

-- A section officer belongs to one section; one without (a small department where everybody does
-- everything, or an account from before sections) works for every section of the authority.
ALTER TABLE staff_member ADD COLUMN section_code VARCHAR(20);
ALTER TABLE staff_member ADD CONSTRAINT fk_staff_member_section
    FOREIGN KEY (authority_code, section_code) REFERENCES authority_section (authority_code, code);
