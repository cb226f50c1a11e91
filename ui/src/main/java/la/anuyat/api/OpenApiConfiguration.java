package la.anuyat.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description served at {@code /v3/api-docs}: every refusal an operation can answer
 * (4xx) described with the problem schema, and every property that may be null marked
 * nullable.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BASIC = "basic";

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/**
	 * What every operation may answer: bad input, not signed in, not allowed, not found.
	 */
	private static final Map<String, String> ALWAYS = Map.of("400", "The request is not valid (problem details)", "401",
			"Sign-in required or failed", "403", "Not allowed for the caller", "404",
			"No such resource, or not visible to the caller", "405", "The address does not take this method", "406",
			"The answer cannot be given in the requested format");

	/** What operations with a request body may answer besides. */
	private static final Map<String, String> WITH_BODY = Map.of("409",
			"The action does not fit the current state (e.g. missing documents, four-eyes)", "413",
			"The file or request is too large", "415", "The content type is not accepted");

	@Bean
	OpenAPI anuyatOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Anuyat API")
				.version("v1")
				.description("Licence applications to the Lao Ministry of Technology and Communications and its "
						+ "provincial departments. HTTP Basic sign-in. Errors are RFC 9457 problem details whose "
						+ "`detail` is in Lao when the request sends `Accept-Language: lo`, otherwise in English; "
						+ "`code` is a stable identifier of the refusal."))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/**
	 * The refusals of every operation, with the problem schema.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			for (PathItem path : openApi.getPaths().values()) {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
					Operation operation = entry.getValue();
					if (operation.getResponses() == null) {
						operation.setResponses(new ApiResponses());
					}
					ApiResponses responses = operation.getResponses();
					ALWAYS.forEach((code, description) -> responses.putIfAbsent(code, new ApiResponse()));
					if (operation.getRequestBody() != null || entry.getKey() == PathItem.HttpMethod.POST) {
						WITH_BODY.forEach((code, description) -> responses.putIfAbsent(code, new ApiResponse()));
					}
					responses.forEach((code, response) -> {
						if (code.startsWith("4")) {
							String description = ALWAYS.getOrDefault(code, WITH_BODY.get(code));
							if (response.getDescription() == null || response.getDescription().isBlank()) {
								response.setDescription((description != null) ? description : "Refused");
							}
							response.setContent(new Content().addMediaType(PROBLEM_JSON,
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
						}
					});
				}
			}
		};
	}

	/**
	 * The API writes {@code null} for a value not set (a due date before routing, the
	 * assignee of an unclaimed task): every text, list and object property that is not
	 * required is described as nullable. Numbers and flags are Java primitives in the
	 * answers and never null.
	 */
	@Bean
	OpenApiCustomizer nullableProperties() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			openApi.getComponents().getSchemas().forEach((name, schema) -> {
				@SuppressWarnings("unchecked")
				Map<String, Schema<?>> properties = (Map<String, Schema<?>>) (Map<String, ?>) schema.getProperties();
				if (PROBLEM.equals(name) || properties == null) {
					return;
				}
				List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
				properties.forEach((property, propertySchema) -> {
					if (!required.contains(property) && propertySchema.get$ref() == null
							&& REFERENCE_TYPES.stream().anyMatch(typesOf(propertySchema)::contains)) {
						// OpenAPI 3.1 (what springdoc writes) says "may be null" with the
						// JSON Schema type "null"; 3.0 readers look for nullable
						propertySchema.addType("null");
						propertySchema.setNullable(true);
					}
				});
			});
		};
	}

	private static final Set<String> REFERENCE_TYPES = Set.of("string", "array", "object");

	private static Set<String> typesOf(Schema<?> schema) {
		Set<String> types = new HashSet<>();
		if (schema.getTypes() != null) {
			types.addAll(schema.getTypes());
		}
		if (schema.getType() != null) {
			types.add(schema.getType());
		}
		return types;
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldProblem = new ObjectSchema().description("One field's error, in the caller's language and both")
			.addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.addProperty("messageLo", new StringSchema())
			.addProperty("messageEn", new StringSchema());
		Schema<?> missingDocument = new ObjectSchema().description("A required document not uploaded yet")
			.addProperty("type", new StringSchema())
			.addProperty("name", new StringSchema())
			.addProperty("nameLo", new StringSchema())
			.addProperty("nameEn", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details, `detail` in the caller's language")
			.addProperty("type", new StringSchema().format("uri").example("urn:anuyat:problem:application.invalid"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri").nullable(true))
			.addProperty("code", new StringSchema().description("Stable identifier of the refusal"))
			.addProperty("errors", new ArraySchema().items(fieldProblem).nullable(true))
			.addProperty("missingDocuments", new ArraySchema().items(missingDocument).nullable(true))
			.required(List.of("type", "title", "status", "detail", "code"));
	}

}
