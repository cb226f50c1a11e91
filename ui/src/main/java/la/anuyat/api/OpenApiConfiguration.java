package la.anuyat.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description served at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BASIC = "basic";

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

}
