-- Reference data: the regulator's organisation (ministerial and provincial organisation decisions)
-- and the ICT business licence categories. Names from the domain brief.

INSERT INTO authority (code, name_lo, name_en, level, province_name_lo, province_name_en) VALUES
    ('MTC', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'Ministry of Technology and Communications', 'MINISTRY', NULL, NULL);

INSERT INTO authority (code, name_lo, name_en, level, province_name_lo, province_name_en) VALUES
    ('VTE', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ນະຄອນຫຼວງວຽງຈັນ', 'Department of Technology and Communications, Vientiane Capital', 'PROVINCE', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital'),
    ('PSL', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຜົ້ງສາລີ', 'Department of Technology and Communications, Phongsaly', 'PROVINCE', 'ຜົ້ງສາລີ', 'Phongsaly'),
    ('LNT', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຫຼວງນ້ຳທາ', 'Department of Technology and Communications, Luang Namtha', 'PROVINCE', 'ຫຼວງນ້ຳທາ', 'Luang Namtha'),
    ('ODX', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ອຸດົມໄຊ', 'Department of Technology and Communications, Oudomxay', 'PROVINCE', 'ອຸດົມໄຊ', 'Oudomxay'),
    ('BKO', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ບໍ່ແກ້ວ', 'Department of Technology and Communications, Bokeo', 'PROVINCE', 'ບໍ່ແກ້ວ', 'Bokeo'),
    ('LPB', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຫຼວງພະບາງ', 'Department of Technology and Communications, Luang Prabang', 'PROVINCE', 'ຫຼວງພະບາງ', 'Luang Prabang'),
    ('HPN', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຫົວພັນ', 'Department of Technology and Communications, Houaphanh', 'PROVINCE', 'ຫົວພັນ', 'Houaphanh'),
    ('XYB', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ໄຊຍະບູລີ', 'Department of Technology and Communications, Xayabouly', 'PROVINCE', 'ໄຊຍະບູລີ', 'Xayabouly'),
    ('XKH', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຊຽງຂວາງ', 'Department of Technology and Communications, Xiengkhouang', 'PROVINCE', 'ຊຽງຂວາງ', 'Xiengkhouang'),
    ('VTP', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ແຂວງວຽງຈັນ', 'Department of Technology and Communications, Vientiane Province', 'PROVINCE', 'ແຂວງວຽງຈັນ', 'Vientiane Province'),
    ('BKX', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ບໍລິຄຳໄຊ', 'Department of Technology and Communications, Bolikhamxay', 'PROVINCE', 'ບໍລິຄຳໄຊ', 'Bolikhamxay'),
    ('KHM', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຄຳມ່ວນ', 'Department of Technology and Communications, Khammouane', 'PROVINCE', 'ຄຳມ່ວນ', 'Khammouane'),
    ('SVK', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ສະຫວັນນະເຂດ', 'Department of Technology and Communications, Savannakhet', 'PROVINCE', 'ສະຫວັນນະເຂດ', 'Savannakhet'),
    ('SLV', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ສາລະວັນ', 'Department of Technology and Communications, Salavan', 'PROVINCE', 'ສາລະວັນ', 'Salavan'),
    ('SEK', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ເຊກອງ', 'Department of Technology and Communications, Sekong', 'PROVINCE', 'ເຊກອງ', 'Sekong'),
    ('CPS', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຈຳປາສັກ', 'Department of Technology and Communications, Champasak', 'PROVINCE', 'ຈຳປາສັກ', 'Champasak'),
    ('ATP', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ອັດຕະປື', 'Department of Technology and Communications, Attapeu', 'PROVINCE', 'ອັດຕະປື', 'Attapeu'),
    ('XSB', 'ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ໄຊສົມບູນ', 'Department of Technology and Communications, Xaisomboun', 'PROVINCE', 'ໄຊສົມບູນ', 'Xaisomboun');

INSERT INTO licence_type (code, case_prefix, name_lo, name_en, active) VALUES
    ('ICT-ISP1', 'ICT', 'ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 1', 'Internet service provider, type 1', TRUE),
    ('ICT-ISP2', 'ICT', 'ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 2', 'Internet service provider, type 2', TRUE),
    ('ICT-ISP3', 'ICT', 'ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 3', 'Internet service provider, type 3', TRUE),
    ('ICT-SOFT', 'ICT', 'ທຸລະກິດຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ', 'Software and internet information services', TRUE),
    ('ICT-CONS', 'ICT', 'ທຸລະກິດໃຫ້ຄຳປຶກສາ ແລະ ຝຶກອົບຮົມດ້ານໄອຊີທີ', 'ICT consulting and training', TRUE),
    ('ICT-SHOP', 'ICT', 'ຮ້ານບໍລິການໄອຊີທີ / ຮ້ານອິນເຕີເນັດ', 'ICT shop / internet café', TRUE),
    ('ICT-IMP', 'ICT', 'ຜູ້ນຳເຂົ້າອຸປະກອນໄອຊີທີ', 'ICT equipment importer', TRUE),
    ('ICT-DIST', 'ICT', 'ຜູ້ຈຳໜ່າຍອຸປະກອນໄອຊີທີ', 'ICT equipment distributor', TRUE),
    ('ICT-INST', 'ICT', 'ຜູ້ຕິດຕັ້ງ ແລະ ສ້ອມແປງອຸປະກອນໄອຊີທີ', 'ICT equipment installer and repairer', TRUE);
