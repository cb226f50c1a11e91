package la.anuyat.licence.process;

import la.anuyat.identity.Actor;

/**
 * The administrator's read-only view of the catalogue and its rules, for the UI and the
 * REST API. Changing them is a change of data (the catalogue's rows) or of the models
 * (the BPMN and DMN files), never of this view.
 */
public interface LicenceCatalogue {

	/**
	 * The case types, the decision tables of the latest deployed decisions and the latest
	 * deployed processes.
	 * @throws la.anuyat.shared.ForbiddenException when the actor is no administrator
	 */
	CatalogueOverview overview(Actor actor);

}
