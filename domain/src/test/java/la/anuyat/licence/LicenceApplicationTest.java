package la.anuyat.licence;

import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LicenceApplicationTest {

	@Test
	void issuesOneLicenceOnly() {
		LicenceApplication application = LicenceApplication.forNewLicence(new CaseId(5));
		assertThat(application.getKind()).isEqualTo(ApplicationKind.NEW);
		assertThat(application.getLicenceNumber()).isNull();

		application.issued("LIC-VTE-2026-000001");

		assertThat(application.getLicenceNumber()).isEqualTo("LIC-VTE-2026-000001");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> application.issued("LIC-VTE-2026-000002"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.licenceAlreadyIssued"));
		assertThat(application.getLicenceNumber()).isEqualTo("LIC-VTE-2026-000001");
	}

	@Test
	void aRenewalOrAnAmendmentIsAboutALicence() {
		LicenceApplication renewal = LicenceApplication.about(new CaseId(6), ApplicationKind.RENEWAL,
				"LIC-VTE-2025-000009");

		assertThat(renewal.getCaseId()).isEqualTo(new CaseId(6));
		assertThat(renewal.getSubjectLicenceNumber()).isEqualTo("LIC-VTE-2025-000009");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LicenceApplication.about(new CaseId(7), ApplicationKind.NEW, "LIC-VTE-2025-000009"));
	}

}
