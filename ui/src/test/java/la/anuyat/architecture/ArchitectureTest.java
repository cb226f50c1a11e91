package la.anuyat.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module and package rules of the architecture page, checked over every module's
 * classes (the ui module's test classpath holds them all). The compiler already keeps the
 * modules one-way.
 */
class ArchitectureTest {

	private static JavaClasses anuyat;

	@BeforeAll
	static void importClasses() {
		anuyat = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("la.anuyat");
	}

	@Test
	void camundaIsOnlyUsedByTheWorkflowPackages() {
		noClasses().that()
			.resideOutsideOfPackages("la.anuyat.casefile.workflow..", "la.anuyat.licence.process..",
					"la.anuyat.payment.process..", "la.anuyat.usage.process..", "la.anuyat.complaint.process..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.because("the UI and the API reach the engine only through the workflow facade")
			.check(anuyat);
	}

	@Test
	void vaadinIsOnlyUsedByViews() {
		noClasses().that()
			.resideOutsideOfPackages("..ui..", "la.anuyat.access.internal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vaadin..")
			.because("Vaadin stays in the ui packages of the features")
			.check(anuyat);
	}

	@Test
	void viewsAndDelegatesNeverTouchRepositoriesOrTheEntityManager() {
		noClasses().that()
			.resideInAnyPackage("..ui..", "la.anuyat.casefile.workflow..", "la.anuyat.licence.process..", "..api..",
					"la.anuyat.payment.process..", "la.anuyat.usage.process..", "la.anuyat.complaint.process..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(jakarta.persistence.EntityManager.class)
			.because("views, controllers and delegates go through the features' application services")
			.check(anuyat);
	}

	@Test
	void thereAreNoDumpingGroundPackages() {
		noClasses().should()
			.resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..")
			.check(anuyat);
	}

	@Test
	void theDomainKnowsNothingOfTheOuterModules() {
		classes().that()
			.resideInAnyPackage("la.anuyat.authority..", "la.anuyat.party..", "la.anuyat.casefile..",
					"la.anuyat.licence..", "la.anuyat.document..", "la.anuyat.audit..", "la.anuyat.notification..",
					"la.anuyat.shared..", "la.anuyat.payment..", "la.anuyat.identity..", "la.anuyat.usage..")
			.and()
			.resideOutsideOfPackages("..ui..", "..api..", "..workflow..", "..process..", "..form..", "..intake..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("..ui..", "..api..", "..workflow..", "..process..", "..intake..", "com.vaadin..",
					"org.camunda..")
			.because("the intake services (ui module) join the forms, the documents and the workflow; "
					+ "the domain knows none of them")
			.check(anuyat);
	}

}
