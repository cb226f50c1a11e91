package la.anuyat.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import la.anuyat.access.internal.AccountDetailsService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feature boundaries of the architecture page ("Case core"): no cycles between
 * features, and a feature's {@code internal} classes are its own. A feature is a
 * top-level package under {@code la.anuyat} and spans the Maven modules, so
 * {@code casefile.workflow} (processes) and {@code casefile.ui} are casefile's own layers
 * in those modules and may use {@code casefile.internal}; the module walls already keep
 * them one-way. The features layer as: shared, identity, app and api at the bottom; then
 * audit, document, authority, party, notification, access, casefile, licence, usage,
 * payment, spectrum, search, company; a family reaches the shared pages through their
 * interfaces ({@code HeaderItem}, {@code CaseSections}, {@code ProcessStartVariables}).
 * An {@code internal} package nested deeper ({@code casefile.workflow.internal},
 * {@code licence.form.internal}) belongs to the package that holds it: the rest of its
 * feature reaches it only through that package's public classes, as another feature
 * would.
 */
class FeatureBoundariesTest {

	private static JavaClasses anuyat;

	@BeforeAll
	static void importClasses() {
		anuyat = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(FeatureBoundariesTest::isNotATestJar)
			.importPackages("la.anuyat");
	}

	@Test
	void internalClassesAreUsedOnlyInsideThePackageThatHoldsThem() {
		classes().should(useOnlyInternalsOfTheirOwnPackage())
			.because("only a feature's public API (aggregates, ids, events, its service) is for others")
			.check(anuyat);
	}

	@Test
	void theFeaturesDependOnEachOtherWithoutCycles() {
		FeatureGraph graph = FeatureGraph.of(anuyat);
		assertThat(graph.cycle())
			.as("a cycle between features; each step names one dependency that makes it:\n%s", FeatureGraph.of(anuyat))
			.isEmpty();
	}

	@Test
	void theCycleCheckFindsACycleAndOnlyACycle() {
		FeatureGraph oneWay = new FeatureGraph().with("licence", "casefile", "LicenceService -> CaseFile")
			.with("casefile", "authority", "CaseFile -> Actor");
		assertThat(oneWay.cycle()).isEmpty();
		assertThat(oneWay.with("authority", "licence", "Delegation -> Licence").cycle()).containsExactly(
				"authority -> licence (Delegation -> Licence)", "licence -> casefile (LicenceService -> CaseFile)",
				"casefile -> authority (CaseFile -> Actor)");
	}

	@Test
	void theRuleRefusesAClassThatReachesIntoAnotherPackagesInternals() {
		JavaClasses trespasser = new ClassFileImporter().importClasses(ReachesIntoAccessInternals.class);
		assertThatThrownBy(() -> classes().should(useOnlyInternalsOfTheirOwnPackage()).check(trespasser))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("internal to la.anuyat.access");
	}

	/** Sits outside {@code la.anuyat.access}, so it may not use its internals. */
	static class ReachesIntoAccessInternals {

		Object look(AccountDetailsService accounts) {
			return accounts;
		}

	}

	private static boolean isNotATestJar(Location location) {
		return !location.contains("-tests.jar");
	}

	private static ArchCondition<JavaClass> useOnlyInternalsOfTheirOwnPackage() {
		return new ArchCondition<>("use only the internal classes of the package they belong to") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String originPackage = origin.getPackageName() + ".";
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String owner = ownerOfInternal(dependency.getTargetClass().getPackageName());
					if (owner != null && !originPackage.startsWith(owner + ".")) {
						events.add(SimpleConditionEvent.violated(dependency,
								dependency.getDescription() + " (internal to " + owner + ")"));
					}
				}
			}
		};
	}

	/**
	 * The package an internal package belongs to ({@code la.anuyat.licence} for
	 * {@code la.anuyat.licence.internal.signing}), or null outside internal packages.
	 */
	private static String ownerOfInternal(String packageName) {
		if (!packageName.startsWith("la.anuyat.")) {
			return null;
		}
		String dotted = packageName + ".";
		int internal = dotted.indexOf(".internal.");
		return (internal < 0) ? null : packageName.substring(0, internal);
	}

}
