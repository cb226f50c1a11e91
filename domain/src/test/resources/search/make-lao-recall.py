#!/usr/bin/env python3
"""Writes lao-recall.tsv: Lao documents and queries from the regulator's domain.

Run from this folder: python3 make-lao-recall.py > lao-recall.tsv
Deterministic (fixed seed). Relevance is judged on the canonical spelling: a document is
relevant to a query when its canonical text contains every space-separated part of the
canonical query. Documents and queries are then written partly in the spelling variants
seen in official texts (ຫລ/ຫຼ, ຫນ/ໜ, ຫມ/ໝ, ໍາ/ຳ, ເເ/ແ, zero-width characters, Lao digits),
which a search must see through.
"""
import random

random.seed(20261121)

PROVINCES = ["ນະຄອນຫຼວງວຽງຈັນ", "ຜົ້ງສາລີ", "ຫຼວງນ້ຳທາ", "ອຸດົມໄຊ", "ບໍ່ແກ້ວ", "ຫຼວງພະບາງ", "ຫົວພັນ", "ໄຊຍະບູລີ",
             "ຊຽງຂວາງ", "ແຂວງວຽງຈັນ", "ບໍລິຄຳໄຊ", "ຄຳມ່ວນ", "ສະຫວັນນະເຂດ", "ສາລະວັນ", "ເຊກອງ", "ຈຳປາສັກ", "ອັດຕະປື", "ໄຊສົມບູນ"]

LICENCE_TYPES = ["ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 1", "ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 2", "ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 3",
                 "ທຸລະກິດຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ", "ທຸລະກິດໃຫ້ຄຳປຶກສາ ແລະ ຝຶກອົບຮົມດ້ານໄອຊີທີ",
                 "ຮ້ານບໍລິການໄອຊີທີ", "ຮ້ານອິນເຕີເນັດ", "ຜູ້ນຳເຂົ້າອຸປະກອນໄອຊີທີ", "ຜູ້ຈຳໜ່າຍອຸປະກອນໄອຊີທີ",
                 "ຜູ້ຕິດຕັ້ງ ແລະ ສ້ອມແປງອຸປະກອນໄອຊີທີ", "ໃບອະນຸຍາດດຳເນີນທຸລະກິດໄປສະນີ", "ໃບອະນຸຍາດຕົວແທນຈຳໜ່າຍຊີມກາດ",
                 "ໃບອະນຸຍາດນຳໃຊ້ຄື້ນຄວາມຖີ່ວິທະຍຸສື່ສານ", "ໃບຢັ້ງຢືນມາດຕະຖານເຕັກນິກອຸປະກອນ", "ໃບອະນຸຍາດນຳໃຊ້ເລກໝາຍພິເສດ"]

# distinctive parts of company names; the full name is ບໍລິສັດ <name> ຈຳກັດ
COMPANIES = ["ລາວໂທລະຄົມ", "ສະຕາເທເລຄອມ", "ວຽງຈັນໄອທີ", "ດາວເຮືອງເນັດ", "ແສງຕາເວັນດິຈິຕອນ", "ຈຳປາຊອບແວ", "ນ້ຳງື່ມເທັກ",
             "ພູສີເນັດເວີກ", "ຂອງເຊໂຊລູຊັນ", "ມິດຕະພາບຄອມພິວເຕີ", "ສີໂຄດຕະບອງການຄ້າ", "ໄຊເສດຖາໄອຊີທີ", "ດອກຈຳປາມີເດຍ",
             "ແມ່ຂອງຂົນສົ່ງ", "ບຸນມີການພິມ", "ສຸກສົມບູນອີເລັກໂທຣນິກ", "ໜອງຄາຍເຊີວິດ", "ໝາກມີ້ດີໄຊ", "ຫຼັກຊັບດາຕ້າ",
             "ເພັດສະຫວັນຄລາວ", "ທອງລຸນໂມບາຍ", "ພອນສະຫວັນໄປສະນີ", "ຄຳແພງເຊີບເວີ", "ວັດທະນາຄອມ", "ນາງນວນໂຟນ",
             "ສົມພອນແອັບ", "ປາກເຊເນັດ", "ເມືອງງາມສາລາ", "ຕະຫຼາດເຊົ້າໂມບາຍ", "ເຂດສະຫວັນຊີມ", "ບົວລະພາສື່ສານ",
             "ຫົງທອງວິທະຍຸ", "ໃບໄມ້ຂຽວດິຈິຕອນ", "ດວງດີການຄ້າ", "ສາຍຟ້າສື່ສານ", "ເອື້ອງຄຳມີເດຍ", "ຈັນທະລາອິນເຕີເນັດ",
             "ມະນີວົງເທັກ", "ແສງອາລຸນໂທລະສັບ", "ໂພນໄຊເທເລ"]

COMPLAINTS = ["ສັນຍານອິນເຕີເນັດຂາດຫາຍເລື້ອຍໆ", "ຄ່າບໍລິການແພງເກີນໄປ", "ຖືກຕັດເງິນໃນບັນຊີໂດຍບໍ່ແຈ້ງ", "ພັດສະດຸມາຮອດຊ້າ",
              "ພັດສະດຸເສຍຫາຍລະຫວ່າງຂົນສົ່ງ", "ໄດ້ຮັບຂໍ້ຄວາມໂຄສະນາລົບກວນ", "ຊີມກາດຖືກລົງທະບຽນໃນຊື່ຄົນອື່ນ", "ຄວາມໄວອິນເຕີເນັດຕ່ຳກວ່າສັນຍາ",
              "ພະນັກງານບໍລິການບໍ່ສຸພາບ", "ເຄື່ອງຮັບສົ່ງວິທະຍຸລົບກວນຄື້ນຄວາມຖີ່", "ຂາຍອຸປະກອນທີ່ບໍ່ໄດ້ມາດຕະຖານ",
              "ຮ້ານອິນເຕີເນັດເປີດເກີນເວລາ", "ເວັບໄຊປອມແປງຫຼອກລວງເງິນ", "ບໍ່ສາມາດໂທອອກໄດ້ຫຼາຍມື້"]

PLANS = ["ພວກເຮົາຈະສ້າງສູນຂໍ້ມູນຢູ່ໃຈກາງເມືອງ", "ບໍລິສັດວາງແຜນຂະຫຍາຍເຄືອຂ່າຍໄຟເບີອອບຕິກ", "ຈະຝຶກອົບຮົມພະນັກງານດ້ານຄວາມປອດໄພໄຊເບີ",
         "ພັດທະນາລະບົບຊຳລະເງິນອອນລາຍ", "ນຳເຂົ້າອຸປະກອນເຣົາເຕີຈາກຕ່າງປະເທດ", "ເປີດຮ້ານສ້ອມແປງໂທລະສັບມືຖື",
         "ໃຫ້ບໍລິການຈັດສົ່ງພັດສະດຸທົ່ວປະເທດ", "ຕິດຕັ້ງເສົາອາກາດສະຖານີຖານ", "ສ້າງແອັບພລິເຄຊັນສຳລັບການທ່ອງທ່ຽວ",
         "ໃຫ້ຄຳປຶກສາກ່ຽວກັບລັດຖະບານເອເລັກໂຕຣນິກ", "ຈຳໜ່າຍຊີມກາດ ແລະ ບັດເຕີມເງິນ", "ເຊົ່າຄື້ນຄວາມຖີ່ສຳລັບວິທະຍຸຊຸມຊົນ"]

PEOPLE = ["ທ້າວ ສົມສັກ ພົມມະຈັນ", "ນາງ ບົວພັນ ສີສຸວັນ", "ທ້າວ ຄຳຫຼ້າ ແກ້ວມະນີ", "ນາງ ມະນີວອນ ສຸລິຍະ", "ທ້າວ ບຸນເຫຼືອ ວົງສະຫວັນ",
          "ນາງ ແສງເດືອນ ພັນທະວົງ", "ທ້າວ ໜູພັນ ໄຊຍະວົງ", "ນາງ ຈັນທອນ ອິນທະວົງ", "ທ້າວ ວິໄລ ຫຼວງລາດ", "ນາງ ເພັດມະນີ ສຸດທິວົງ"]

VILLAGES = ["ບ້ານໂພນໄຊ", "ບ້ານສີສະຫວາດ", "ບ້ານດົງປ່າລານ", "ບ້ານໜອງບອນ", "ບ້ານທາດຫຼວງ", "ບ້ານວັດຈັນ", "ບ້ານຊຽງຍືນ",
            "ບ້ານໂພນສະອາດ", "ບ້ານນາໄຊ", "ບ້ານຫ້ວຍຫົງ"]

DISTRICTS = ["ເມືອງໄຊເສດຖາ", "ເມືອງຈັນທະບູລີ", "ເມືອງສີໂຄດຕະບອງ", "ເມືອງຫາດຊາຍຟອງ", "ເມືອງໄກສອນພົມວິຫານ", "ເມືອງປາກເຊ",
             "ເມືອງໄຊທານີ", "ເມືອງນາຊາຍທອງ"]

# words that share syllables with the queries without being them
DISTRACTORS = ["ນະຄອນຫຼວງ ມີປະຊາກອນຫຼາຍ", "ພະບາງ ເປັນພະພຸດທະຮູບ", "ນ້ຳທາ ໄຫຼຜ່ານເມືອງ", "ສາລີ ປູກຢູ່ເທິງພູ",
               "ຊອບ ແລະ ແວ ແມ່ນຄຳແຍກ", "ອິນເຕີ ແມ່ນຄຳຕ່າງປະເທດ", "ລາວ ເປັນປະເທດທີ່ບໍ່ມີທາງອອກສູ່ທະເລ",
               "ດາວ ຢູ່ເທິງທ້ອງຟ້າ", "ເຮືອງ ແມ່ນແສງສະຫວ່າງ", "ຕາເວັນ ຂຶ້ນທາງທິດຕາເວັນອອກ", "ຈຳປາ ແມ່ນດອກໄມ້ປະຈຳຊາດ",
               "ສະຫວັນ ແປວ່າຟ້າ", "ເນັດ ສັ້ນໆ", "ຄຳ ແມ່ນໂລຫະມີຄ່າ", "ແສງ ແລະ ເງົາ", "ງື່ມ ແມ່ນຊື່ແມ່ນ້ຳ",
               "ບົດລາຍງານປະຈຳເດືອນ ກ່ຽວກັບສະຖິຕິ", "ກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ", "ແຈ້ງການ ກ່ຽວກັບວັນພັກ",
               "ການກວດກາປະຈຳປີ ຂອງຂະແໜງ", "ບົດບັນທຶກ ການໄກ່ເກ່ຍຂໍ້ຂັດແຍ່ງ", "ມາດຕະການ ກ່າວເຕືອນ ແລະ ປັບໃໝ",
               "ຂໍ້ຕົກລົງ ວ່າດ້ວຍການຈັດຕັ້ງ", "ໜັງສືສະເໜີ ຂອງພະແນກ", "ເອກະສານຄັດຕິດ ສຳເນົາບັດປະຈຳຕົວ",
               "ສຳເນົາໃບທະບຽນວິສາຫະກິດ", "ໃບຢັ້ງຢືນການເສຍອາກອນ", "ແຜນທີ່ ທີ່ຕັ້ງສຳນັກງານ", "ຮູບຖ່າຍ ຫ້ອງການ",
               "ສັນຍາເຊົ່າ ສະຖານທີ່"]


def variant(text, rate):
    """Rewrites text in the spelling variants of official texts, each with probability rate."""
    out = text
    for a, b in [("ຫຼ", "ຫລ"), ("ໜ", "ຫນ"), ("ໝ", "ຫມ"), ("ຳ", "ໍາ"), ("ແ", "ເເ")]:
        if a in out and random.random() < rate:
            out = out.replace(a, b)
    if random.random() < rate / 3:
        i = random.randrange(1, max(2, len(out)))
        out = out[:i] + "\u200b" + out[i:]
    digits = "໐໑໒໓໔໕໖໗໘໙"
    if random.random() < rate:
        out = "".join(digits[int(c)] if c.isdigit() else c for c in out)
    return out


docs = []  # (id, canonical, written)


def add_doc(canonical, rate=0.5):
    doc_id = "D%03d" % (len(docs) + 1)
    docs.append((doc_id, canonical, variant(canonical, rate)))


# application-like documents: company, licence type, province, a plan or a complaint, people and places
complaints_written = 0
plans_written = 0
for i, company in enumerate(COMPANIES * 3):
    if i >= 110:
        break
    province = PROVINCES[i % len(PROVINCES)]
    licence = LICENCE_TYPES[(i * 7) % len(LICENCE_TYPES)]
    person = PEOPLE[(i * 3) % len(PEOPLE)]
    if i % 3 == 2:
        village = VILLAGES[complaints_written % len(VILLAGES)]
        district = DISTRICTS[complaints_written % len(DISTRICTS)]
        body = ("ຄຳຮ້ອງທຸກ: ລູກຄ້າແຈ້ງວ່າ" + COMPLAINTS[complaints_written % len(COMPLAINTS)] + " ຢູ່" + village + " "
                + district)
        complaints_written += 1
    else:
        body = PLANS[plans_written % len(PLANS)] + " ຜູ້ຕິດຕໍ່ " + person
        plans_written += 1
    text = ("ບໍລິສັດ" + company + "ຈຳກັດ ຍື່ນຄຳຮ້ອງຂໍ" + licence + " ທີ່ແຂວງ" + province + " " + body
            + " ເລກທີ " + str(100 + i) + "/" + str(2024 + i % 3))
    add_doc(text)
for text in DISTRACTORS:
    add_doc(text, rate=0.3)

queries = []


def add_query(canonical, rate):
    queries.append((canonical, variant(canonical, rate)))


for p in PROVINCES:
    add_query(p, 0.0)
for p in PROVINCES:
    if any(ch in p for ch in "ຫຼໜໝຳແ"):
        add_query(p, 1.0)
for c in COMPANIES:
    add_query(c, 0.3)
for c in COMPANIES[:20]:
    add_query("ບໍລິສັດ" + c + "ຈຳກັດ", 0.5)
for t in ["ອິນເຕີເນັດ", "ຊອບແວ", "ໄອຊີທີ", "ໄປສະນີ", "ຊີມກາດ", "ຄື້ນຄວາມຖີ່", "ວິທະຍຸ", "ອຸປະກອນ", "ສ້ອມແປງ", "ຝຶກອົບຮົມ",
          "ຄຳປຶກສາ", "ມາດຕະຖານ", "ເລກໝາຍພິເສດ", "ຕົວແທນຈຳໜ່າຍ", "ນຳເຂົ້າ", "ຕິດຕັ້ງ", "ຂໍ້ມູນຂ່າວສານ", "ໃບຢັ້ງຢືນ"]:
    add_query(t, 0.5)
for c in COMPLAINTS:
    add_query(c, 0.4)
for t in ["ສັນຍານ", "ຄ່າບໍລິການ", "ພັດສະດຸ", "ໂຄສະນາ", "ລົງທະບຽນ", "ຄວາມໄວ", "ຫຼອກລວງ", "ເສຍຫາຍ", "ຂົນສົ່ງ", "ຊ້າ"]:
    add_query(t, 0.5)
for p in PLANS:
    add_query(p, 0.4)
for t in ["ສູນຂໍ້ມູນ", "ໄຟເບີອອບຕິກ", "ຄວາມປອດໄພໄຊເບີ", "ຊຳລະເງິນ", "ເຣົາເຕີ", "ໂທລະສັບມືຖື", "ເສົາອາກາດ",
          "ທ່ອງທ່ຽວ", "ລັດຖະບານເອເລັກໂຕຣນິກ", "ບັດເຕີມເງິນ", "ວິທະຍຸຊຸມຊົນ"]:
    add_query(t, 0.5)
for p in PEOPLE:
    add_query(p.split(" ", 1)[1], 0.5)
for v in VILLAGES:
    add_query(v, 0.5)
for d in DISTRICTS:
    add_query(d, 0.5)
for i in range(20):
    company = COMPANIES[(i * 3) % len(COMPANIES)]
    province = PROVINCES[(i * 3) % len(PROVINCES)]
    add_query(company + " " + province, 0.5)


def relevant(canonical_query):
    parts = canonical_query.split(" ")
    return [d for d, canonical, _ in docs if all(p in canonical for p in parts)]


print("# Lao search test set, written by make-lao-recall.py (see there for how relevance is judged).")
print("# doc<TAB>id<TAB>text   |   query<TAB>id<TAB>text<TAB>relevant ids (comma-separated; '-' for none)")
for doc_id, _, written in docs:
    print("doc\t%s\t%s" % (doc_id, written))
n = 0
for canonical, written in queries:
    rel = relevant(canonical)
    n += 1
    print("query\tQ%03d\t%s\t%s" % (n, written, ",".join(rel) if rel else "-"))
