package la.anuyat.search;

import java.time.Duration;
import java.util.Map;

import la.anuyat.DomainTestApplication;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outbox-polling coordination (the production setting for several application nodes) on
 * the Flyway schema: Hibernate validates the outbox and agent tables of V3, a change is
 * written to the outbox in the same transaction, and the background processor indexes it.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-search-outbox;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data/search-outbox", "anuyat.public-base-url=https://anuyat.example.la",
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"spring.jpa.properties.hibernate.search.coordination.strategy=outbox-polling",
				"spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100",
				"spring.jpa.properties.hibernate.search.coordination.pulse_interval=500" })
class OutboxPollingCoordinationTest {

	@Autowired
	CaseSearch search;

	@Autowired
	CaseFileService cases;

	@Autowired
	PartyService parties;

	@Autowired
	AuthorityService authorities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void indexesThroughTheOutboxTablesOfTheFlywaySchema() {
		Actor applicant = this.parties
			.createConfirmedApplicant(new SignUp("outbox1", "{noop}demo", "outbox1@example.la", "ບໍລິສັດ ທົດລອງ",
					"Outbox Co.", "ERO-outbox1", "TAX-outbox1", "SEK", "ບ້ານວັດຈັນ", "Contact", "+856 20 5555 5555"))
			.toActor();
		Actor officer = this.authorities
			.createStaff("officer.outbox", "{noop}demo", Role.SECTION_OFFICER, "SEK", "ພະນັກງານ", "Officer",
					"officer.outbox@dtc.gov.la")
			.toActor();
		CaseFile draft = this.cases.createDraft(applicant, "ICT-SOFT", "SEK", CaseSearchContract
			.json(Map.of("companyNameLo", "ບໍລິສັດ ເຊກອງໂທລະຄົມ ຈຳກັດ", "companyNameEn", "Sekong Telecom")));
		this.cases.submit(applicant, draft.getCaseNumber());

		assertThat(this.jdbc.queryForObject("select count(*) from hsearch_agent", Integer.class)).isPositive();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(this.search.search(officer, CaseQuery.text("ເຊກອງ")).hits())
				.extracting(CaseHit::caseNumber)
				.containsExactly(draft.getCaseNumber()));
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class) == 0);
	}

}
