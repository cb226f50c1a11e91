package la.anuyat.search.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.search.EquipmentRegister;
import la.anuyat.search.LaoText;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EquipmentRegister} on Hibernate Search, either backend. Projects only the
 * register's public fields.
 */
@Service
@Transactional(readOnly = true)
class HibernateEquipmentRegister implements EquipmentRegister {

	private final EntityManager entityManager;

	HibernateEquipmentRegister(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page search(String query, int page, int size) {
		SearchText.checkPaging(page, size);
		String text = SearchText.prepare(query);
		SearchResult<Entry> result = Search.session(this.entityManager)
			.search(RegisteredEquipment.class)
			.select((f) -> f.composite()
				.from(f.field(SearchFields.APPROVAL_NUMBER, String.class),
						f.field(SearchFields.GRANTEE_CODE, String.class), f.field(SearchFields.MODEL, String.class),
						f.field(SearchFields.MANUFACTURER_LO, String.class),
						f.field(SearchFields.MANUFACTURER_EN, String.class), f.field(SearchFields.BANDS, String.class),
						f.field(SearchFields.STANDARDS, String.class),
						f.field(SearchFields.HOLDER_NAME_LO, String.class),
						f.field(SearchFields.HOLDER_NAME_EN, String.class),
						f.field(SearchFields.APPROVED_ON, LocalDate.class),
						f.field(SearchFields.EXHIBITS_WITHHELD_UNTIL, LocalDate.class))
				.asList(HibernateEquipmentRegister::entry))
			.where((f) -> (text == null) ? f.matchAll()
					: f.simpleQueryString()
						.fields(SearchFields.MODEL, SearchFields.MANUFACTURER_LO, SearchFields.MANUFACTURER_EN,
								SearchFields.APPROVAL_NUMBER_TEXT, SearchFields.BANDS, SearchFields.HOLDER_NAME_LO,
								SearchFields.HOLDER_NAME_EN)
						.matching(text)
						.defaultOperator(BooleanOperator.AND))
			.sort((f) -> (text == null) ? f.field(SearchFields.APPROVAL_NUMBER)
					: f.score().then().field(SearchFields.APPROVAL_NUMBER))
			.fetch(page * size, size);
		return new Page(result.hits(), result.total().hitCount(), page, size);
	}

	private static Entry entry(List<?> row) {
		return new Entry((String) row.get(0), (String) row.get(1), unsegment(row.get(2)), unsegment(row.get(3)),
				unsegment(row.get(4)), unsegment(row.get(5)), unsegment(row.get(6)), unsegment(row.get(7)),
				unsegment(row.get(8)), (LocalDate) row.get(9), (LocalDate) row.get(10));
	}

	private static String unsegment(Object value) {
		return (value == null) ? null : LaoText.unsegment((String) value);
	}

}
