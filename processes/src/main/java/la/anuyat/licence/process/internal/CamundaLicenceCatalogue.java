package la.anuyat.licence.process.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.process.CatalogueOverview;
import la.anuyat.licence.process.CatalogueOverview.CaseTypeEntry;
import la.anuyat.licence.process.CatalogueOverview.DecisionTable;
import la.anuyat.licence.process.CatalogueOverview.ProcessModel;
import la.anuyat.licence.process.LicenceCatalogue;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link LicenceCatalogue} from the catalogue's rows and Camunda's repository: the latest
 * deployed version of each decision and process. A deployed model never changes, so each
 * decision table is read once per definition.
 */
@Service
class CamundaLicenceCatalogue implements LicenceCatalogue {

	private final LicenceService licences;

	private final RepositoryService repository;

	private final String webappPath;

	private final Map<String, Optional<DecisionTable>> tables = new ConcurrentHashMap<>();

	CamundaLicenceCatalogue(LicenceService licences, RepositoryService repository,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.licences = licences;
		this.repository = repository;
		this.webappPath = webappPath.endsWith("/") ? webappPath.substring(0, webappPath.length() - 1) : webappPath;
	}

	@Override
	public CatalogueOverview overview(Actor actor) {
		if (actor == null || actor.role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("catalogue.administratorsOnly",
					LocalizedText.of("ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ເບິ່ງລາຍການປະເພດ ແລະ ກົດເກນໄດ້",
							"Only an administrator may read the catalogue and its rules"));
		}
		return new CatalogueOverview(caseTypes(), decisions(), processes());
	}

	private List<CaseTypeEntry> caseTypes() {
		return this.licences.catalogue().stream().map(CamundaLicenceCatalogue::entry).toList();
	}

	private static CaseTypeEntry entry(LicenceType type) {
		return new CaseTypeEntry(type.getCode(), type.getName(), type.getFamily(), type.getCasePrefix(),
				type.getSectionCode(), type.getProcessKey(), type.getFormKey(), type.getCertificateTitle(),
				type.isActive());
	}

	private List<DecisionTable> decisions() {
		return this.repository.createDecisionDefinitionQuery()
			.latestVersion()
			.orderByDecisionDefinitionKey()
			.asc()
			.list()
			.stream()
			.map(this::table)
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<DecisionTable> table(DecisionDefinition definition) {
		return this.tables.computeIfAbsent(definition.getId(),
				(id) -> DecisionTableReader.read(this.repository.getDmnModelInstance(id), definition.getKey(), id,
						definition.getVersion(), resourceName(definition.getResourceName())));
	}

	private List<ProcessModel> processes() {
		return this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()
			.stream()
			.map(this::process)
			.toList();
	}

	private ProcessModel process(ProcessDefinition definition) {
		return new ProcessModel(definition.getKey(),
				Objects.requireNonNullElse(definition.getName(), definition.getKey()), definition.getId(),
				definition.getVersion(),
				this.webappPath + "/app/cockpit/default/#/process-definition/" + definition.getId());
	}

	/** The file name without the folders of the deployment. */
	private static String resourceName(String resource) {
		if (resource == null) {
			return "";
		}
		int slash = Math.max(resource.lastIndexOf('/'), resource.lastIndexOf('\\'));
		return resource.substring(slash + 1);
	}

}
