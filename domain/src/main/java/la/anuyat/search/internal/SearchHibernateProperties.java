package la.anuyat.search.internal;

import java.nio.file.Path;
import java.util.Map;

import la.anuyat.licence.SearchableFormFields;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Defaults for Hibernate Search, each applied only when the application did not set the
 * property itself ({@code spring.jpa.properties.hibernate.search.*}): the mapping, the
 * Lucene backend with its index under {@code ${anuyat.data-dir}/index}, and the "lao"
 * analyzer of whichever backend {@code hibernate.search.backend.type} names. With the
 * Elasticsearch backend, new indexes get one shard and no replica
 * ({@code search/elasticsearch-index-settings.json}); a production cluster overrides
 * {@code hibernate.search.backend.schema_management.settings_file}.
 */
@Component
class SearchHibernateProperties implements HibernatePropertiesCustomizer {

	static final String BACKEND_TYPE = "hibernate.search.backend.type";

	private final String dataDir;

	private final SearchableFormFields formFields;

	SearchHibernateProperties(@Value("${anuyat.data-dir:./data}") String dataDir, SearchableFormFields formFields) {
		this.dataDir = dataDir;
		this.formFields = formFields;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		// an instance, not a class name: the mapping needs to know which form fields are
		// searchable
		properties.putIfAbsent("hibernate.search.mapping.configurer", new SearchMapping(this.formFields));
		properties.putIfAbsent(BACKEND_TYPE, "lucene");
		if ("elasticsearch".equals(String.valueOf(properties.get(BACKEND_TYPE)).strip())) {
			properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
					"class:" + SearchAnalysis.Elasticsearch.class.getName());
			properties.putIfAbsent("hibernate.search.backend.schema_management.settings_file",
					"search/elasticsearch-index-settings.json");
		}
		else {
			properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
					"class:" + SearchAnalysis.Lucene.class.getName());
			properties.putIfAbsent("hibernate.search.backend.directory.root",
					Path.of(this.dataDir, "index").toString());
		}
	}

}
